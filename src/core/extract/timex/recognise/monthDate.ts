import { MONTH_RE, monthOf, occurrenceOf } from '../lexicon.ts';
import type { CalendarMeaning, Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[0-9]|20)\\d\\d)';

// One alternation, longest readings first, so each date is matched once:
//   "March 24, 2012" | "March 24" | "24 March 2012" | "24th of March" | "March 2012" | "March"
const PATTERN = new RegExp(
  [
    `\\b(${MONTH_RE}) ${DAY}\\b(?:,? ${YEAR}\\b)?`,
    `\\b${DAY} (?:of )?(${MONTH_RE})(?:,? ${YEAR})?\\b`,
    `\\b(${MONTH_RE})(?:,| of)? ${YEAR}\\b`,
    `\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Tt]his past|[Tt]his coming) )?(${MONTH_RE})(?:(?<=\\.)|\\b)(?!\\.? \\d)`,
  ].join('|'),
  'g',
);

/** Words that make a following capitalised month name something else ("May be"). */
const NOT_A_MONTH_AFTER = /^ (?:be|have|not|I|we|you|he|she|it|they)\b/;

/**
 * "the annual March for Life", "a March on Washington": a procession, named with an
 * article before it and its cause or goal after it. The month takes no article
 * ("in March of 1990" has none).
 */
function isProcession(text: string, start: number, end: number): boolean {
  return (
    /\b(?:the|a|an|annual|this year's|last year's)\s+$/i.test(
      text.slice(Math.max(0, start - 16), start),
    ) && /^ (?:for|of|on|against|to) (?:the )?[A-Z]/.test(text.slice(end, end + 20))
  );
}

/**
 * Dates written with a month name: "March 24, 2012", "24 March", "March 2012",
 * "Jan. 5", a bare "December". The year, when missing, is left to the resolver.
 */
export const monthDate: Recogniser = {
  name: 'month-name-date',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      let meaning: CalendarMeaning;
      if (m[1] !== undefined) {
        meaning = { kind: 'calendar', month: monthOf(m[1]), day: Number(m[2]), year: num(m[3]) };
      } else if (m[5] !== undefined) {
        meaning = { kind: 'calendar', month: monthOf(m[5]), day: Number(m[4]), year: num(m[6]) };
      } else if (m[7] !== undefined) {
        meaning = { kind: 'calendar', month: monthOf(m[7]), year: num(m[8]) };
      } else {
        const word = m[10] ?? '';
        if (word === 'May' && NOT_A_MONTH_AFTER.test(text.slice(end, end + 6))) return undefined;
        if (word === 'March' && isProcession(text, start, end)) return undefined;
        // "Jan Kavan": an abbreviation without a dot or a day is a name.
        if (
          /^[A-Z][a-z]{2,3}$/.test(word) &&
          monthOf(word) !== undefined &&
          word !== 'May' &&
          word !== 'June' &&
          word !== 'July'
        )
          return undefined;
        const lead = m[9]?.toLowerCase();
        const which = occurrenceOf(lead);
        meaning = { kind: 'calendar', month: monthOf(word), which };
      }
      if (meaning.day !== undefined && (meaning.day < 1 || meaning.day > 31)) return undefined;
      return { start, end, type: 'DATE', meaning, rule: 'month-name-date' };
    }),
};

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}
