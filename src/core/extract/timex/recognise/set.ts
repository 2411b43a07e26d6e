import {
  AMOUNT_WORDS,
  CLASSIFIER_DETERMINERS,
  CLASSIFYING_ADVERB,
  DAY_PARTS,
  COUNT_RE,
  COUNT_WORDS_BEFORE_PLURAL,
  EVERY_OTHER,
  EVERY_WORDS,
  FREQUENCY_ADVERBS,
  MONTH_NAMES,
  NOT_A_PUBLICATION_NAME,
  NOT_A_RATE_AFTER,
  NOT_BEFORE_A_NOUN,
  NOT_PLURAL_NOUNS,
  OVERNIGHT,
  PARTS_OF_DAY,
  PER,
  PLURAL_ENDING,
  PUBLICATION_ADVERBS,
  PUBLICATION_NOUNS,
  RANGE_TO,
  RANGE_TO_UNITS,
  RATE_AFTER_NOUN_UNITS,
  RATE_ARTICLES,
  RATE_UNITS,
  SEASONS,
  OF,
  TIMES_NOUN,
  TIMES_PER_UNITS,
  TIMES_PER_WORDS,
  TIMES_WORDS,
  UNIT_RE,
  WEEKDAY_JOINERS,
  WEEKDAY_RE,
  WEEKEND,
  countOf,
  durationValue,
  monthOf,
  weekdayOf,
} from '../../lexicon/en/index.ts';
import {
  eitherCaseInitial,
  firstLetters,
  withOptionalEnding,
  wordsInOrder,
} from '../../lexicon/pattern.ts';
import type { Candidate, Recogniser } from '../types.ts';
import { bounds, scan, scanIfHas } from './scan.ts';

const ADVERB = new RegExp(`\\b(${wordsInOrder(FREQUENCY_ADVERBS.keys())})\\b`, 'gi');

const EVERY_WORD = wordsInOrder(EVERY_WORDS);

// "every week", "each year", "every two months", "every other day".
const EVERY = new RegExp(
  `\\b(${EVERY_WORD}) (?:(${EVERY_OTHER}) )?(?:(${COUNT_RE}) )?(${UNIT_RE}|${wordsInOrder(DAY_PARTS)}|${WEEKEND})\\b(?! ${OF}\\b)`,
  'gi',
);

/** What every match of EVERY, EVERY_MONTH and EVERY_WEEKDAY holds. */
const EVERY_OR_EACH = new RegExp(`\\b(?:${EVERY_WORD}) `, 'i');

const TIMES_WORD_LIST = [...TIMES_WORDS.keys(), TIMES_NOUN];

// "twice a week", "three times a year", "once per month".
const TIMES = new RegExp(
  `\\b(${wordsInOrder(TIMES_WORDS.keys())}|(?:${COUNT_RE}) ${TIMES_NOUN}) (?:${wordsInOrder(TIMES_PER_WORDS)}) (${wordsInOrder(TIMES_PER_UNITS)})\\b`,
  'gi',
);
/** What every match of TIMES holds: "twice a", "times per". */
const TIMES_WORD = new RegExp(
  `(?:${wordsInOrder(TIMES_WORD_LIST)}) (?:${wordsInOrder(TIMES_PER_WORDS)}) `,
  'i',
);

/** " times" ending a count of times: "three times". */
const TIMES_AFTER_COUNT = new RegExp(` ${TIMES_NOUN}$`);

// "$5 a year", "10 percent a month", "per day", "$35 a night": a rate after an amount.
// (`\b(?=[ap])` holds wherever it can match, "a", "an" or "per" after a space: it
// changes no match, and spares the lookbehind at most positions.)
const RATE = new RegExp(
  `\\b(?=${firstLetters([...RATE_ARTICLES, PER])})(?:(?<=(?:\\d|%|${wordsInOrder(AMOUNT_WORDS)}) )(?:${wordsInOrder(RATE_ARTICLES)})|\\b${PER}) (${wordsInOrder(RATE_UNITS.keys())})\\b(?!-)`,
  'gi',
);
/** What every match of RATE holds: "a year", "per day". */
const A_UNIT = new RegExp(
  `(?:${wordsInOrder([...RATE_ARTICLES, PER])}) (?:${wordsInOrder(RATE_UNITS.keys())})\\b`,
  'i',
);

// "24 hours a day", "four flights a week", "hundreds of interviews a day": a rate
// after a counted plural noun, which `isRateAfterNoun` checks.
const RATE_AFTER_NOUN = new RegExp(`\\ban? (${wordsInOrder(RATE_AFTER_NOUN_UNITS)})\\b(?!-)`, 'g');

/** The plural noun right before, with a count earlier in its clause: "four flights ". */
const COUNTED_PLURAL_BEFORE = new RegExp(
  `(?:\\d|\\b(?:${wordsInOrder(COUNT_WORDS_BEFORE_PLURAL)})\\b)[^.;:!?()"“”]*?\\b([a-z]{3,}${PLURAL_ENDING}) $`,
  'i',
);

/** Words ending in "s" that are not plural nouns: "it was a day of", "as a year". */
const NOT_PLURAL_NOUN = new RegExp(`^(?:${wordsInOrder(NOT_PLURAL_NOUNS)})$`);

/**
 * Words after "a day" that make it a length or a point, not a rate: "a year ago", "a
 * day after the vote", "a week or two", "a month of talks", "a year old".
 */
const NOT_RATE_AFTER = new RegExp(
  `^(?:\\s+(?:${wordsInOrder(NOT_A_RATE_AFTER)}|${RANGE_TO} \\w+ (?:${withOptionalEnding(RANGE_TO_UNITS, PLURAL_ENDING)}))\\b|-)`,
  'i',
);

const EVERY_CAPITALISED = EVERY_WORDS.map(eitherCaseInitial).join('|');

/** "every Tuesday", "Each Sunday" (opening a sentence). */
const EVERY_WEEKDAY = new RegExp(`\\b(?:${EVERY_CAPITALISED}) (${WEEKDAY_RE})\\b`, 'g');
/** A weekday joined to the one before: ", Wednesday", " and Friday", ", or Sunday". */
const JOINED_WEEKDAY = new RegExp(
  `^(?:,? (?:${wordsInOrder(WEEKDAY_JOINERS)}) |, )(${WEEKDAY_RE})\\b(?!['’])`,
);

// "every July", "each spring": a month or season of every year.
const EVERY_MONTH = new RegExp(
  `\\b(?:${EVERY_CAPITALISED}) (${wordsInOrder([...MONTH_NAMES, ...SEASONS.keys()])})\\b`,
  'g',
);

/** Words after which an adjective is not before its noun: "paid quarterly to ...". */
const FUNCTION_WORD = new RegExp(`^ (?:${wordsInOrder(NOT_BEFORE_A_NOUN)})\\b`);

/** A determiner or possessive right before: "its quarterly", "a quarterly". */
const DETERMINER_BEFORE = new RegExp(`\\b(?:${wordsInOrder(CLASSIFIER_DETERMINERS)})\\s+$`, 'i');

const PUBLICATIONS: ReadonlySet<string> = new Set(PUBLICATION_ADVERBS);

/** A newspaper after the adverb: its noun ("a daily newspaper") or its name ("daily Granma"). */
const PUBLICATION_AFTER = new RegExp(
  `^ (?:(?:${withOptionalEnding(PUBLICATION_NOUNS, PLURAL_ENDING)})\\b|(?!(?:${wordsInOrder(NOT_A_PUBLICATION_NAME)})\\b)[A-Z][a-z])`,
);

/**
 * "the Communist Party daily Granma", "the business weekly Barron's", "a daily
 * newspaper": "daily" and "weekly" as nouns for a newspaper (a name follows), or
 * classifying one. A publication, not a recurrence of an event.
 */
function isPublication(word: string, after: string): boolean {
  if (!PUBLICATIONS.has(word)) return false;
  return PUBLICATION_AFTER.test(after);
}

/**
 * "quarterly" used before its noun ("quarterly dividend", "Quarterly net income") or as
 * a noun after a determiner ("an initial quarterly of five cents") classifies the
 * thing; as an adverb after a verb ("reviewed quarterly") it is a recurrence.
 */
function isClassifier(text: string, start: number, after: string): boolean {
  if (DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  return /^ [a-z]/i.test(after) && !FUNCTION_WORD.test(after);
}

/**
 * Recurring times (TimeML SET): "weekly" → `P1W`, "every two months" → `P2M`,
 * "twice a week" → `P1W` with freq `2X`, "each Thursday" → `XXXX-WXX-4`.
 */
export const set: Recogniser = {
  name: 'set',
  find: ({ text }) => {
    const make = (
      start: number,
      end: number,
      value: string,
      extra: Partial<Candidate> = {},
    ): Candidate => ({
      start,
      end,
      type: 'SET',
      meaning: { kind: 'literal', value },
      rule: 'set',
      ...extra,
    });
    const joinedDays: Candidate[] = [];
    return [
      ...scan(text, ADVERB, (m) => {
        const { start, end } = bounds(m);
        const word = (m[1] ?? '').toLowerCase();
        const after = text.slice(end, end + 24);
        // "its quarterly dividend", "the quarterly results", "an initial quarterly": a
        // kind of payment or report, not a recurrence of the event (TimeML leaves it);
        // "adjusted quarterly" after a verb stays a set.
        if (word === CLASSIFYING_ADVERB && isClassifier(text, start, after)) return undefined;
        if (isPublication(word, after)) return undefined;
        const value = FREQUENCY_ADVERBS.get(word);
        return value ? make(start, end, value) : undefined;
      }),
      ...scanIfHas(text, EVERY_OR_EACH, EVERY, (m) => {
        const { start, end } = bounds(m);
        const unit = (m[4] ?? '').toLowerCase();
        const part = unit === OVERNIGHT ? undefined : PARTS_OF_DAY.get(unit);
        if (part) return make(start, end, `XXXX-XX-XXT${part}`, { quant: 'EVERY' });
        if (unit === WEEKEND) return make(start, end, 'P1W', { quant: 'EVERY' });
        const count = (m[3] !== undefined ? countOf(m[3]) : 1) ?? 1;
        const value = durationValue(m[2] !== undefined ? 2 : count, unit);
        return value
          ? make(start, end, value, { quant: m[1]?.toUpperCase() ?? 'EVERY' })
          : undefined;
      }),
      ...scanIfHas(text, TIMES_WORD, TIMES, (m) => {
        const { start, end } = bounds(m);
        const word = (m[1] ?? '').toLowerCase();
        const n = TIMES_WORDS.get(word) ?? countOf(word.replace(TIMES_AFTER_COUNT, ''));
        const value = RATE_UNITS.get((m[2] ?? '').toLowerCase());
        return value
          ? make(start, end, value, { freq: n === undefined ? undefined : `${n}X` })
          : undefined;
      }),
      ...scanIfHas(text, A_UNIT, RATE, (m) => {
        const { start, end } = bounds(m);
        const value = RATE_UNITS.get((m[1] ?? '').toLowerCase());
        return value ? make(start, end, value) : undefined;
      }),
      ...scan(text, RATE_AFTER_NOUN, (m) => {
        const { start, end } = bounds(m);
        const noun = COUNTED_PLURAL_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
        if (!noun || NOT_PLURAL_NOUN.test((noun[1] ?? '').toLowerCase())) return undefined;
        if (NOT_RATE_AFTER.test(text.slice(end, end + 24))) return undefined;
        const value = RATE_UNITS.get((m[1] ?? '').toLowerCase());
        return value ? make(start, end, value) : undefined;
      }),
      ...scanIfHas(text, EVERY_OR_EACH, EVERY_MONTH, (m) => {
        const { start, end } = bounds(m);
        const word = m[1] ?? '';
        const month = monthOf(word);
        const code = month !== undefined ? String(month).padStart(2, '0') : SEASONS.get(word);
        return code ? make(start, end, `XXXX-${code}`, { quant: 'EVERY' }) : undefined;
      }),
      ...scanIfHas(text, EVERY_OR_EACH, EVERY_WEEKDAY, (m) => {
        const { start, end } = bounds(m);
        const day = weekdayOf(m[1] ?? '');
        if (day === undefined) return undefined;
        // "every Tuesday and Thursday", "each Monday, Wednesday and Friday": the days
        // joined to the first recur with it.
        let at = end;
        let next: RegExpExecArray | null;
        while ((next = JOINED_WEEKDAY.exec(text.slice(at, at + 24))) !== null) {
          const joined = weekdayOf(next[1] ?? '') ?? -1;
          const dayEnd = at + next[0].length;
          const dayStart = dayEnd - (next[1] ?? '').length;
          joinedDays.push(
            make(dayStart, dayEnd, `XXXX-WXX-${joined === 0 ? 7 : joined}`, { quant: 'EVERY' }),
          );
          at = dayEnd;
        }
        return make(start, end, `XXXX-WXX-${day === 0 ? 7 : day}`, { quant: 'EVERY' });
      }),
      ...joinedDays,
    ];
  },
};
