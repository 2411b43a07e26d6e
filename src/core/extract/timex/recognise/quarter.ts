import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  // "the last half of 1989"
  last: 2,
  latter: 2,
};

// "the third quarter", "third-quarter", "the fiscal first quarter of 1990",
// "this year's second quarter", "the first half", "Q3 2011".
const PATTERN = new RegExp(
  [
    "\\b(?:(?:[Tt]he|(this|last|next) year['’]s) )?(?:(?:comparable|corresponding|same) )?(?:(year-ago|year-earlier|year-before) )?(?:(?:fiscal|calendar) )?(first|second|third|fourth|1st|2nd|3rd|4th|last|latter)[- ](?:fiscal[- ])?(quarter|half)(?:(?: of| in)(?: fiscal)? ((?:1[0-9]|20)\\d\\d)\\b)?",
    '\\b[Qq]([1-4])(?: ((?:1[0-9]|20)\\d\\d))?\\b',
  ].join('|'),
  'gi',
);

/**
 * Quarters and halves of a year: "the third quarter" → `YYYY-Q3` with the year read
 * by tense (business news reports the latest one), "the first half of 2011" →
 * `2011-H1`, "last year's fourth quarter".
 */
export const quarter: Recogniser = {
  name: 'quarter',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      if (m[6] !== undefined) {
        return {
          start,
          end,
          type: 'DATE',
          meaning: {
            kind: 'calendar',
            quarter: Number(m[6]),
            year: m[7] === undefined ? undefined : Number(m[7]),
          },
          rule: 'quarter',
        };
      }
      const n = ORDINALS[(m[3] ?? '').toLowerCase()];
      if (n === undefined) return undefined;
      const isHalf = (m[4] ?? '').toLowerCase() === 'half';
      if (isHalf && n > 2) return undefined;
      if (isHalf === false && (m[3] ?? '').toLowerCase() === 'last') return undefined;
      const relativeYear = m[1]?.toLowerCase();
      const yearOffset =
        relativeYear === 'last'
          ? -1
          : relativeYear === 'next'
            ? 1
            : relativeYear === 'this'
              ? 0
              : undefined;
      // "the third-quarter loss": the article belongs to the noun.
      const adjective = /^[Tt]he [a-z0-9]+-(?:quarter|half)$/.test(m[0]);
      return {
        start: adjective ? start + 4 : start,
        end,
        type: 'DATE',
        meaning: {
          kind: 'calendar',
          quarter: isHalf ? undefined : n,
          half: isHalf ? n : undefined,
          year: m[5] === undefined ? undefined : Number(m[5]),
          yearOffset,
          // "the year-ago quarter": the same quarter a year before the one meant now.
          yearShift: m[2] !== undefined ? -1 : undefined,
        },
        rule: isHalf ? 'half-year' : 'quarter',
      };
    }),
};
