import {
  DAY_RANGE_JOINERS,
  MONTH_RE,
  NOT_A_DAY_AFTER_WORDS,
  NOT_A_DAY_NOUNS,
  NOT_A_DAY_UNITS,
  NOT_PLURAL_AFTER_A_DAY,
  OF,
  O_CLOCK,
  ORDINAL_SUFFIXES,
  PLURAL_ENDING,
  monthOf,
} from '../../lexicon/en/index.ts';
import { eitherApostrophe, withOptionalEnding, wordsInOrder } from '../../lexicon/pattern.ts';
import type { Candidate, Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

const DAY = `(\\d{1,2}(?:${wordsInOrder(ORDINAL_SUFFIXES)})?)`;
const YEAR = '((?:1[0-9]|20)\\d\\d)';
/** What joins the two days: "5-7", "5 – 7", "5 to 7", "5 through 7", "24 and 25". */
const JOIN = `(?: ?[-–] ?| (?:${wordsInOrder(DAY_RANGE_JOINERS)}) )`;

// "June 5-7", "March 3 to 5, 2023" (month first) and "5-7 June", "3 to 5 March 2023"
// (day first). The end is a bare number, which no other step reads as a date.
const PATTERN = new RegExp(
  [
    `\\b(${MONTH_RE}) ${DAY}${JOIN}${DAY}\\b(?![-–:.,/]\\d)(?:,? ${YEAR}\\b)?`,
    `\\b${DAY}${JOIN}${DAY} (?:${OF} )?(${MONTH_RE})(?:(?<=\\.)|\\b)(?:,? ${YEAR}\\b)?`,
  ].join('|'),
  'gd', // with indices: each end is tagged apart
);

/** After the end number, words that make it a count or a clock time: "5 to 7 people". */
const NOT_A_DAY_AFTER = new RegExp(
  `^\\s?(?:%|${NOT_A_DAY_AFTER_WORDS.map((w) => `${w}\\b`).join('|')}|[ap]\\.?m\\b|${eitherApostrophe(O_CLOCK)}\\b|(?:${withOptionalEnding(NOT_A_DAY_UNITS, PLURAL_ENDING)}|${wordsInOrder(NOT_A_DAY_NOUNS)})\\b|(?!(?:${wordsInOrder(NOT_PLURAL_AFTER_A_DAY)})\\b)[a-z]{2,}${PLURAL_ENDING}\\b)`,
);

/**
 * Ranges of days in one month: "from June 5-7", "March 3 to 5", "April 24 and 25",
 * "5-7 June". TimeML has no range value, so each end is its own date, as TempEval
 * annotators tag them: "June 5" and "7" (→ 2023-06-07). A year after the range
 * belongs to both ends. The month-first start is the same span the month-date step
 * finds; coming first, this reading (with the year) wins.
 */
export const dayRange: Recogniser = {
  name: 'day-range',
  find: ({ text }) => {
    const found: Candidate[] = [];
    const date = (
      start: number,
      end: number,
      month: number | undefined,
      day: number,
      year: number | undefined,
    ): Candidate => ({
      start,
      end,
      type: 'DATE',
      meaning: { kind: 'calendar', month, day, year },
      rule: 'day-range',
    });
    scan(text, PATTERN, (m) => {
      const { end } = bounds(m);
      // Groups: month, first, last, year (month first) or first, last, month, year.
      const monthFirst = m[1] !== undefined;
      const [monthAt, firstAt, lastAt, yearAt] = monthFirst ? [1, 2, 3, 4] : [7, 5, 6, 8];
      const month = monthOf(m[monthAt] ?? '');
      const first = parseInt(m[firstAt] ?? '', 10);
      const last = parseInt(m[lastAt] ?? '', 10);
      const yearText = m[yearAt];
      const year = yearText === undefined ? undefined : Number(yearText);
      const firstSpan = m.indices?.[firstAt];
      const lastSpan = m.indices?.[lastAt];
      if (month === undefined || !firstSpan || !lastSpan) return undefined;
      if (first < 1 || last > 31 || last <= first) return undefined;
      if (monthFirst) {
        // "June 5" and "7", or "7, 2023" with the year after it.
        const lastEnd = year === undefined ? lastSpan[1] : end;
        if (year === undefined && NOT_A_DAY_AFTER.test(text.slice(lastEnd, lastEnd + 12)))
          return undefined;
        found.push(date(m.index, firstSpan[1], month, first, year));
        found.push(date(lastSpan[0], lastEnd, month, last, year));
      } else {
        // "5" and "7 June 2023".
        found.push(date(firstSpan[0], firstSpan[1], month, first, year));
        found.push(date(lastSpan[0], end, month, last, year));
      }
      return undefined;
    });
    return found;
  },
};
