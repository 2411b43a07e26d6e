import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

// "the year-ago quarter", "the year-earlier period", "year-earlier results",
// "the comparable year-ago third quarter" is left to the quarter recogniser.
const PATTERN =
  /\b(?:[Tt]he )?(?:(?:comparable|corresponding|same) )?([Yy]ear-(?:ago|earlier|before)|prior-year|[Pp]revious-year)(?: (quarter|period|nine months|six months|months|half))?\b/g;

/**
 * Business news compares a period with the same one a year before: "in the
 * year-earlier quarter", "compared with year-ago profit". The value is the period
 * mentioned last, a year back (`2011-Q3` after "the third quarter" of 2012).
 */
export const comparisonPeriod: Recogniser = {
  name: 'comparison-period',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      // The bare adjective qualifies a noun ("year-ago profit"): the span is the adjective.
      const bare = m[2] === undefined;
      const spanStart = bare ? start + m[0].indexOf(m[1] ?? '') : start;
      return {
        start: spanStart,
        end,
        type: 'DATE',
        meaning: {
          kind: 'relative',
          unit: 'year',
          offset: -1,
          from: 'previous',
          keepPrecision: true,
        },
        rule: 'comparison-period',
      };
    }),
};
