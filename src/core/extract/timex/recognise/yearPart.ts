import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

// "year-end", "year's end", "mid-year", "the full year", "the end of the year" (the
// modifier step adds "the end of"), "the end of year", "the rest of the month", "that
// year", "the same day". The leading `\b(?=[…])` holds wherever an alternative can
// match (each starts a word with one of these letters): it changes no match, and lets
// the engine pass over most positions before trying the lookbehinds.
const PATTERN = new RegExp(
  '\\b(?=[MTYmtwy])(?:' +
    [
      "\\b([Yy]ear[- ]end|[Yy]ear['’]s end|[Mm]id-?year)\\b",
      '\\b[Tt]he (full|whole|entire|current fiscal|fiscal) (year)\\b',
      '(?<=\\b(?:end|beginning|start|middle|rest|remainder|balance|close|course|half) of )[Tt]he (year|month|week|decade|century)\\b',
      // "by the end of year", "the start of month": the article dropped, as headlines and
      // hurried copy drop it; the same period as "the end of the year".
      "(?<=\\b[Tt]he (?:end|beginning|start|middle|close) of )(year|month|week)\\b(?![-’']|\\s+(?:old|ago|earlier|later)\\b)",
      '\\b(?:[Tt]hat|[Tt]he same) (day|week|month|year|decade)\\b',
    ].join('|') +
    ')',
  'g',
);

/**
 * Parts and wholes of the current period, and periods named by reference to the one
 * just mentioned: "year-end" (the year, END), "the full year", "the end of the month",
 * "that year" (the year of the date mentioned last), "the same day".
 */
export const yearPart: Recogniser = {
  name: 'year-part',
  find: ({ text, tenseAt }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      if (m[1] !== undefined) {
        return {
          start,
          end,
          type: 'DATE',
          meaning: { kind: 'relative', unit: 'year', offset: 0, from: 'document' },
          // "by mid-year": the middle of the current year.
          mod: /^mid/i.test(m[1]) ? 'MID' : 'END',
          rule: 'year-end',
        };
      }
      if (m[3] !== undefined || m[4] !== undefined || m[5] !== undefined) {
        const unit = (m[3] ?? m[4] ?? m[5] ?? '') as
          'year' | 'month' | 'week' | 'decade' | 'century';
        // "Sales boomed in the mid-1990s; by the end of the decade ...": told in the past,
        // the period is the one of the date under discussion; else the document's. ("The
        // full year" of a report is the document's.)
        const from = m[3] === undefined && tenseAt(start, end) === 'past' ? 'previous' : 'document';
        return {
          start,
          end,
          type: 'DATE',
          meaning: { kind: 'relative', unit, offset: 0, from },
          rule: 'current-period',
        };
      }
      const unit = (m[6] ?? '') as 'day' | 'week' | 'month' | 'year' | 'decade';
      return {
        start,
        end,
        type: 'DATE',
        meaning: { kind: 'relative', unit, offset: 0, from: 'previous' },
        rule: 'same-period',
      };
    }),
};
