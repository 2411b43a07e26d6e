import {
  AFTER_A_MARCH,
  AFTER_A_SUBJECT,
  AFTER_MAY_THE_VERB,
  DEFINITE_ARTICLE,
  MARCH_DETERMINERS,
  MONTH_ALSO_A_NOUN,
  MONTH_ALSO_A_VERB,
  MONTH_CUES,
  MONTH_LEADS,
  MONTH_RE,
  NAME_TITLES,
  NOT_FIRST_NAMES,
  OF,
  ORDINAL_SUFFIXES,
  POSSESSIVE_ENDING,
  PROCESSION_AFTER,
  PROCESSION_BEFORE,
  SENTENCE_OPENING_WORDS,
  SHORT_MONTH_NAMES,
  SPEAKING_VERBS,
  WEEKDAY_RE,
  monthOf,
  occurrenceOf,
} from '../../lexicon/en/index.ts';
import { eitherApostrophe, eitherCaseInitial, wordsInOrder } from '../../lexicon/pattern.ts';
import type { CalendarMeaning, Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

const DAY = `(\\d{1,2})(?:${wordsInOrder(ORDINAL_SUFFIXES)})?`;
const YEAR = '((?:1[0-9]|20)\\d\\d)';

// One alternation, longest readings first, so each date is matched once:
//   "March 24, 2012" | "March 24" | "24 March 2012" | "24th of March" | "March 2012" | "March"
// (a bare month before a year of the era step's: "September 480 BC")
const PATTERN = new RegExp(
  [
    `\\b(${MONTH_RE}) ${DAY}\\b(?:,? ${YEAR}\\b)?`,
    `\\b${DAY} (?:${OF} )?(${MONTH_RE})(?:,? ${YEAR})?\\b`,
    `\\b(${MONTH_RE})(?:,| ${OF})? ${YEAR}\\b`,
    `\\b(?:(${MONTH_LEADS.map(eitherCaseInitial).join('|')}) )?(${MONTH_RE})(?:(?<=\\.)|\\b)(?!\\.? \\d(?!\\d{1,3} (?:BCE?|B\\.C\\.)))`,
  ].join('|'),
  'g',
);

/** Words that make a following capitalised month name something else ("May be"). */
const NOT_A_MONTH_AFTER = new RegExp(`^ (?:${wordsInOrder(AFTER_MAY_THE_VERB)})\\b`);

/** "May said", "April told reporters": a person's name, speaking. */
const SPEAKER_AFTER = new RegExp(`^ (?:${wordsInOrder(SPEAKING_VERBS)})\\b`);

/** "Mrs. May", "Sen. April": a month word after a title is a surname. */
const TITLE_BEFORE = new RegExp(`\\b(?:${wordsInOrder(NAME_TITLES)})\\.? $`);

/**
 * "said Theresa May", "Prime Minister Theresa May met": a capitalised word inside the
 * sentence (so not a sentence-opening "Since" or "Last") joined to the month word...
 */
const FIRST_NAME_BEFORE = new RegExp(
  `[a-z,] (?!(?:${WEEKDAY_RE}|${wordsInOrder(NOT_FIRST_NAMES)})\\b)[A-Z][a-z]+ $`,
);
/**
 * "Theresa May's plan" opening a sentence: a capitalised word there may be any word,
 * so only one that cannot open a sentence as a function word or adverb counts as a
 * first name ("Despite May's figures", "Unlike May's" stay months).
 */
const NAME_OPENING_SENTENCE = /(?:^|[.!?]["”’)]? )([A-Z][a-z]+) $/;
const SENTENCE_OPENER = new RegExp(`^(?:${wordsInOrder(SENTENCE_OPENING_WORDS)})$`);

function opensSentenceAsName(text: string, start: number): boolean {
  const from = Math.max(0, start - 24);
  const before = text.slice(from, start);
  const hit = NAME_OPENING_SENTENCE.exec(before);
  if (!hit) return false;
  // `^` holds at the slice's start only where that is the text's own start.
  if (hit.index === 0 && !/^[.!?]/.test(hit[0]) && from > 0) return false;
  return !SENTENCE_OPENER.test(hit[1] ?? '');
}

/** ...when what follows is what follows a subject or closes a name, not a noun ("March meeting"). */
const AFTER_A_NAME = new RegExp(
  `^(?:${eitherApostrophe(POSSESSIVE_ENDING)}\\b|[,.;:)]|$| (?:${wordsInOrder(AFTER_A_SUBJECT)})\\b)`,
);

/** Before a procession's name: "the annual ", "this year's “". */
const PROCESSION_NAME_BEFORE = new RegExp(
  `\\b(?:${wordsInOrder(PROCESSION_BEFORE)})\\s+(?:\`\`|["“'‘])?$`,
  'i',
);
/** After it, its cause or goal: " for Life", " on Washington". */
const PROCESSION_GOAL_AFTER = new RegExp(
  `^ (?:${wordsInOrder(PROCESSION_AFTER)}) (?:${DEFINITE_ARTICLE} )?[A-Z]`,
);

/** What follows a noun, not a month used as a modifier ("the March meeting"). */
const ENDS_NOUN = new RegExp(`^(?:[.,;:)!?"”]|$| \\(| (?:${wordsInOrder(AFTER_A_MARCH)})\\b)`);

/** A determiner before a march, a name between them or not: "the Long ", "his ". */
const DETERMINER_BEFORE = new RegExp(
  `\\b(?:${wordsInOrder(MARCH_DETERMINERS)})\\s+(?:[A-Z][a-z]+ )?$`,
);

/** "Jan Kavan": a capitalised word as short as a month's abbreviation. */
const ABBREVIATION_SHAPED = /^[A-Z][a-z]{2,3}$/;
const SHORT_NAMES: ReadonlySet<string> = new Set(SHORT_MONTH_NAMES);

/**
 * "the annual March for Life", "a March on Washington": a procession, named with an
 * article before it and its cause or goal after it. The month takes no article
 * ("in March of 1990" has none).
 */
function isProcession(text: string, start: number, end: number): boolean {
  return (
    PROCESSION_NAME_BEFORE.test(text.slice(Math.max(0, start - 18), start)) &&
    PROCESSION_GOAL_AFTER.test(text.slice(end, end + 20))
  );
}

/**
 * "the Long March", "the Ice March", "his \"March to the Sea\"", "along the March.": a
 * march as a noun. A month takes no name before it and no article when it stands alone;
 * a month cue before it ("in", "since", "early") keeps it a month.
 */
function isMarchAsNoun(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (MONTH_CUE_BEFORE.test(before)) return false;
  // What follows a noun, not a month used as a modifier ("the March meeting").
  const endsNoun = ENDS_NOUN.test(text.slice(end, end + 12));
  if (!endsNoun) return false;
  return DETERMINER_BEFORE.test(before) || /["“]$/.test(before) || NAME_WORD_BEFORE.test(before);
}

/** A capitalised word before, not one of the words that open a time phrase. */
const NAME_WORD_BEFORE = new RegExp(
  `(?:^|[a-z,] )(?!(?:${MONTH_CUES.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')})\\b)[A-Z][a-z]+ $`,
);

/** "in January", "since May", "early March": words that only ever precede the month. */
const MONTH_CUE_BEFORE = new RegExp(`\\b(?:${wordsInOrder(MONTH_CUES)})\\s+$`, 'i');

/** A bare month word that is a name: "Theresa May said", "May told MPs". */
function isPersonName(text: string, start: number, end: number): boolean {
  if (MONTH_CUE_BEFORE.test(text.slice(Math.max(0, start - 9), start))) return false;
  return (
    SPEAKER_AFTER.test(text.slice(end, end + 14)) ||
    TITLE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
    ((FIRST_NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
      opensSentenceAsName(text, start)) &&
      AFTER_A_NAME.test(text.slice(end, end + 12)))
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
        if (word === MONTH_ALSO_A_VERB && NOT_A_MONTH_AFTER.test(text.slice(end, end + 6)))
          return undefined;
        if (
          word === MONTH_ALSO_A_NOUN &&
          (isProcession(text, start, end) || isMarchAsNoun(text, start, end))
        )
          return undefined;
        if (m[9] === undefined && isPersonName(text, start, end)) return undefined;
        // "Jan Kavan": an abbreviation without a dot or a day is a name.
        if (ABBREVIATION_SHAPED.test(word) && monthOf(word) !== undefined && !SHORT_NAMES.has(word))
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
