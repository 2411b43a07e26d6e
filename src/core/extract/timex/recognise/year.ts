import {
  BLOCK,
  COUNTED_NOUNS,
  FISCAL,
  FISCAL_YEAR_ABBREVIATION,
  LABEL_WORDS,
  QUANTITY_WORDS,
  STREET_TYPES,
  YEAR_WORD,
} from '../../lexicon/en/index.ts';
import { eitherCaseInitial, wordsInOrder } from '../../lexicon/pattern.ts';
import type { Recogniser } from '../types.ts';
import { bounds, scanIfHas } from './scan.ts';

const FY = FISCAL_YEAR_ABBREVIATION;

// A four-digit year 1000–2099, optionally "fiscal (year)" or "FY" before it ("FY2024");
// or "FY24", a fiscal year in two digits.
const PATTERN = new RegExp(
  `\\b(?:\\b((?:${eitherCaseInitial(FISCAL)}(?: ${YEAR_WORD})? |${FY} ?))?((?:1[0-9]|20)\\d\\d)\\b(?![,.]\\d|%|-\\d|:\\d)|\\b${FY} ?['’]?(\\d\\d)\\b(?![-–/.,]\\d))`,
  'g',
);

/** What every match of PATTERN holds: four digits 1000–2099, or "FY". */
const YEAR_OR_FY = new RegExp(`(?:1[0-9]|20)\\d\\d|${FY}`);

/** "1600 Pennsylvania Avenue", "the 1900 block of Main Street": a street number. */
const STREET_AFTER = new RegExp(
  `^ (?:${BLOCK}\\b|(?:[NSEW]\\.? )?(?:[A-Z][a-z]+ ){1,2}(?:${wordsInOrder(STREET_TYPES)})\\b)`,
);

/** Nouns that a number counts: "2000 people", "1500 miles". */
const COUNTED_NOUN = new RegExp(`^ (?:[a-z]+-)?(?:${wordsInOrder(COUNTED_NOUNS)})\\b`);

/** Words before a number that make it a label: "Room 2012", "No. 1999". */
const LABEL_BEFORE = new RegExp(`\\b(?:${wordsInOrder(LABEL_WORDS)}) $`);

/** Words before a number that make it a quantity: "about 2000", "than 1500". */
const QUANTITY_BEFORE = new RegExp(`\\b(?:${wordsInOrder(QUANTITY_WORDS)})\\s$`, 'i');

/**
 * Years on their own: "in 1998", "fiscal 1989", "the 2012 elections", "his 1996
 * campaign". A number is read as a year unless money or a count: "$1,999",
 * "2000 people", "about 1500" are declined.
 */
export const year: Recogniser = {
  name: 'year',
  find: ({ text }) =>
    scanIfHas(text, YEAR_OR_FY, PATTERN, (m) => {
      const { start, end } = bounds(m);
      if (m[3] !== undefined) {
        return {
          start,
          end,
          type: 'DATE',
          meaning: { kind: 'calendar', year: 2000 + Number(m[3]) },
          rule: 'year',
        };
      }
      const before = text.slice(Math.max(0, start - 2), start);
      if (/[$£€#,.]$|\d[ ,]$/.test(before)) return undefined;
      // "555-1234", "+1 202-555-2019": the end of a phone number.
      if (/(?:^|\D)\d{3}[-–.]$/.test(text.slice(Math.max(0, start - 5), start))) return undefined;
      if (m[1] === undefined) {
        if (LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return undefined;
        const after = text.slice(end, end + 40);
        if (COUNTED_NOUN.test(after)) return undefined;
        if (STREET_AFTER.test(after)) return undefined;
        // "with 2000 troops" is a count only when a noun follows; "by 2000." is a year.
        if (
          /^ [a-z]/.test(after) &&
          QUANTITY_BEFORE.test(text.slice(Math.max(0, start - 16), start))
        )
          return undefined;
      }
      return {
        start,
        end,
        type: 'DATE',
        meaning: { kind: 'calendar', year: Number(m[2]) },
        rule: 'year',
      };
    }),
};
