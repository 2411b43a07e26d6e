import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

// "year-end", "year's end", "the full year", "the end of the year" (the modifier step
// adds "the end of"), "the rest of the month", "that year", "the same day".
const PATTERN = new RegExp(
  [
    "\\b([Yy]ear[- ]end|[Yy]ear['’]s end)\\b",
    '\\b[Tt]he (full|whole|entire|current fiscal|fiscal) (year)\\b',
    '(?<=\\b(?:end|beginning|start|middle|rest|remainder|balance|close|course|half) of )[Tt]he (year|month|week|decade|century)\\b',
    '\\b(?:[Tt]hat|[Tt]he same) (day|week|month|year)\\b',
  ].join('|'),
  'g',
);

/**
 * Parts and wholes of the current period, and periods named by reference to the one
 * just mentioned: "year-end" (the year, END), "the full year", "the end of the month",
 * "that year" (the year of the date mentioned last), "the same day".
 */
export const yearPart: Recogniser = {
  name: 'year-part',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      if (m[1] !== undefined) {
        return {
          start,
          end,
          type: 'DATE',
          meaning: { kind: 'relative', unit: 'year', offset: 0, from: 'document' },
          mod: 'END',
          rule: 'year-end',
        };
      }
      if (m[3] !== undefined || m[4] !== undefined) {
        const unit = (m[3] ?? m[4] ?? '') as 'year' | 'month' | 'week' | 'decade' | 'century';
        return {
          start,
          end,
          type: 'DATE',
          meaning: { kind: 'relative', unit, offset: 0, from: 'document' },
          rule: 'current-period',
        };
      }
      const unit = (m[5] ?? '') as 'day' | 'week' | 'month' | 'year';
      return {
        start,
        end,
        type: 'DATE',
        meaning: { kind: 'relative', unit, offset: 0, from: 'previous' },
        rule: 'same-period',
      };
    }),
};
