import {
  AND,
  COUNTED_AFTER_TWO_THOUSAND,
  DEFINITE_ARTICLE,
  HUNDRED,
  ONES_WORDS,
  SPOKEN_CENTURIES,
  SPOKEN_DECADES,
  SPOKEN_DECADE_ENDING,
  SPOKEN_ZERO,
  TEENS_WORDS,
  TENS_WORDS,
  THE_YEAR,
  TWO_THOUSAND,
  countOf,
} from '../../lexicon/en/index.ts';
import { eitherCaseInitial, wordsInOrder } from '../../lexicon/pattern.ts';
import type { Recogniser } from '../types.ts';
import { bounds, scanIfHas } from './scan.ts';

const TENS = `(?:${wordsInOrder(TENS_WORDS)})`;
const ONES = `(?:${wordsInOrder(ONES_WORDS)})`;
const TEENS = `(?:${wordsInOrder(TEENS_WORDS)})`;
const YEAR_OPENER = eitherCaseInitial(THE_YEAR);

// Years and decades as broadcast transcripts spell them: "nineteen ninety-six",
// "the year two thousand", "two thousand and one", "the nineties".
const PATTERN = new RegExp(
  [
    `(?<!\\w)(?:${YEAR_OPENER} )?(${wordsInOrder(SPOKEN_CENTURIES.keys())}) (${TENS}(?:[- ]${ONES})?|${TEENS}|${SPOKEN_ZERO}[- ]${ONES}|${HUNDRED})\\b`,
    `\\b(?:${YEAR_OPENER} )?${TWO_THOUSAND}(?:(?: ${AND})? (${ONES}|${TEENS}|${TENS}(?:[- ]${ONES})?))?\\b(?! (?:${wordsInOrder(COUNTED_AFTER_TWO_THOUSAND)}))`,
    `\\b${eitherCaseInitial(DEFINITE_ARTICLE)} (${wordsInOrder(SPOKEN_DECADES.keys())})\\b`,
  ].join('|'),
  'g',
);

/** What every match holds (case as the pattern writes it). */
const SPOKEN_MARKS = [...SPOKEN_CENTURIES.keys(), TWO_THOUSAND, SPOKEN_DECADE_ENDING];

/** "nineteen oh five": the zero before the units. */
const ZERO = new RegExp(`^${SPOKEN_ZERO}[- ]`);

/** "the year two thousand": a year, where "two thousand" alone is a count. */
const OPENS_WITH_THE_YEAR = new RegExp(`^${YEAR_OPENER} `);

/** Years and decades in words: "nineteen ninety-six" → `1996`, "the nineties" → `199X`. */
export const spokenYear: Recogniser = {
  name: 'spoken-year',
  find: ({ text }) =>
    scanIfHas(text, SPOKEN_MARKS, PATTERN, (m) => {
      const { start, end } = bounds(m);
      if (m[4] !== undefined) {
        const prefix = SPOKEN_DECADES.get(m[4]);
        return prefix
          ? {
              start,
              end,
              type: 'DATE',
              meaning: { kind: 'calendar', yearPrefix: prefix },
              rule: 'spoken-decade',
            }
          : undefined;
      }
      let year: number | undefined;
      if (m[1] !== undefined) {
        const century = SPOKEN_CENTURIES.get(m[1]) ?? 1800;
        const rest = (m[2] ?? '').replace(ZERO, '');
        const n = rest === HUNDRED ? 0 : countOf(rest);
        year = n === undefined ? undefined : century + n;
      } else {
        // "two thousand" alone is a count unless "the year" says otherwise.
        if (m[3] === undefined && !OPENS_WITH_THE_YEAR.test(m[0])) return undefined;
        const n = m[3] === undefined ? 0 : countOf(m[3]);
        year = n === undefined ? undefined : 2000 + n;
      }
      if (year === undefined) return undefined;
      return { start, end, type: 'DATE', meaning: { kind: 'calendar', year }, rule: 'spoken-year' };
    }),
};
