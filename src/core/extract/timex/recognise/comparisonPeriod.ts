import type { Recogniser, RelativeMeaning } from '../types.ts';
import { bounds, scan, scanIfHas } from './scan.ts';

// "the year-ago quarter", "the year-earlier period", "year-earlier results",
// "the comparable year-ago third quarter" is left to the quarter recogniser.
const PATTERN =
  /\b(?:[Tt]he )?(?:(?:comparable|corresponding|same) )?([Yy]ear-(?:ago|earlier|before)|prior-year|[Pp]revious-year)(?: (quarter|period|nine months|six months|months|half))?\b/g;

// "the same period last year", "the corresponding quarter a year earlier", "the
// quarter a year ago", "last year's quarter": the period a year before the one
// reported, said the long way.
const SAME_PERIOD_BEFORE =
  /\b[Tt]he (?:(?:same|corresponding|comparable|like) )?(?:period|quarter|half)(?: of| in)? (?:last year|a year (?:ago|earlier|before)|the (?:previous|prior|preceding) year|the year before)\b|\b[Ll]ast year['’]s (?:period|quarter|half)\b/g;

// "the 1988 period", "the 1989 quarter": the period under discussion in a named year.
const PERIOD_OF_YEAR = /\b[Tt]he ((?:19|20)\d\d) (?:period|quarter|half)\b/g;

/** The period mentioned last, a year back, at its own precision (a quarter stays one). */
const YEAR_BEFORE: RelativeMeaning = {
  kind: 'relative',
  unit: 'year',
  offset: -1,
  from: 'previous',
  keepPrecision: true,
};

/**
 * Business news compares a period with the same one a year before: "in the
 * year-earlier quarter", "compared with year-ago profit", "in the same period last
 * year". The value is the period mentioned last, a year back (`2011-Q3` after "the
 * third quarter" of 2012); "the 1988 period" is that period in 1988.
 */
export const comparisonPeriod: Recogniser = {
  name: 'comparison-period',
  find: ({ text }) => [
    ...scanIfHas(text, ['ear-', 'r-year'], PATTERN, (m) => {
      const { start, end } = bounds(m);
      // The bare adjective qualifies a noun ("year-ago profit"): the span is the adjective.
      const bare = m[2] === undefined;
      const spanStart = bare ? start + m[0].indexOf(m[1] ?? '') : start;
      return {
        start: spanStart,
        end,
        type: 'DATE',
        meaning: YEAR_BEFORE,
        rule: 'comparison-period',
      };
    }),
    ...scan(text, SAME_PERIOD_BEFORE, (m) => ({
      ...bounds(m),
      type: 'DATE',
      meaning: YEAR_BEFORE,
      rule: 'comparison-period',
    })),
    ...scan(text, PERIOD_OF_YEAR, (m) => ({
      ...bounds(m),
      type: 'DATE',
      meaning: {
        kind: 'relative',
        unit: 'year',
        offset: 0,
        from: 'previous',
        keepPrecision: true,
        year: Number(m[1]),
      },
      rule: 'comparison-period',
    })),
  ],
};
