import {
  AFTER_A_DAY_WORDS,
  DAY_JOINERS,
  DAY_OF_MONTH_PREPOSITIONS,
  DEFINITE_ARTICLE,
  MONTH_RE,
  ORDINAL_SUFFIXES,
  monthOf,
  ordinalSuffix,
} from '../../lexicon/en/index.ts';
import { eitherCaseInitial, wordsInOrder } from '../../lexicon/pattern.ts';
import type { Recogniser } from '../types.ts';
import { scanIfHas } from './scan.ts';

const ORDINAL_SUFFIX = wordsInOrder(ORDINAL_SUFFIXES);

// "on the 5th", "by the 21st": an ordinal day after a preposition of time. The
// preposition stays out of the span, as TimeML leaves it out of every date.
const PATTERN = new RegExp(
  `\\b(?:${DAY_OF_MONTH_PREPOSITIONS.map(eitherCaseInitial).join('|')}) (${DEFINITE_ARTICLE} (\\d{1,2})(${ORDINAL_SUFFIX}))\\b`,
  'g',
);

/** What every match of PATTERN holds: "the 5th". */
const THE_ORDINAL = new RegExp(`${DEFINITE_ARTICLE} \\d{1,2}(?:${ORDINAL_SUFFIX})`);

/**
 * What may follow a day of the month: the clause goes on, not a noun ("the 5th floor",
 * "the 2nd and 3rd floors").
 */
const AFTER_A_DAY = new RegExp(
  `^(?:[,.;:!?)]|$| (?:${wordsInOrder(DAY_JOINERS)})\\b(?! \\d)| (?:${wordsInOrder(AFTER_A_DAY_WORDS)})\\b)`,
);

/** A month named earlier, the last in the stretch of text searched. */
const MONTH_MENTION = new RegExp(`\\b${MONTH_RE}(?:(?<=\\.)|\\b)`, 'g');

/**
 * "On March 3 the board met; on the 5th it voted": a day of the month named last
 * before it, in that month (and the year of the date mentioned last). Without a month
 * in the preceding few sentences the ordinal is left alone, as it may count anything;
 * after a later day of that month ("Nov. 28 ... by the 2nd") the story has moved into
 * another month, and which one is a guess.
 */
export const dayOfMonth: Recogniser = {
  name: 'day-of-month',
  find: ({ text }) =>
    scanIfHas(text, THE_ORDINAL, PATTERN, (m) => {
      const day = Number(m[2]);
      if (day < 1 || day > 31 || m[3] !== ordinalSuffix(day)) return undefined;
      const phrase = m[1] ?? '';
      const end = m.index + m[0].length;
      const start = end - phrase.length;
      if (!AFTER_A_DAY.test(text.slice(end, end + 12))) return undefined;
      let month: number | undefined;
      let dayBefore: number | undefined;
      const before = text.slice(Math.max(0, start - 300), start);
      for (const hit of before.matchAll(MONTH_MENTION)) {
        month = monthOf(hit[0]) ?? month;
        const stated = /^ (\d{1,2})\b/.exec(before.slice(hit.index + hit[0].length));
        dayBefore = stated ? Number(stated[1]) : undefined;
      }
      if (month === undefined) return undefined;
      // "began on Nov. 28 ... by the 2nd" has moved on into December: too loose to read.
      if (dayBefore !== undefined && dayBefore > day) return undefined;
      return {
        start,
        end,
        type: 'DATE',
        meaning: { kind: 'calendar', month, day, yearOfPrevious: true },
        rule: 'day-of-month',
      };
    }),
};
