import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

// ISO "2012-02-25" (optionally with a time "T10:30:00Z"), and slashed dates:
// "2/25/2012", "2/25/12" (month first, as US news writes) or "25/02/2012" when the
// first number cannot be a month.
const PATTERN =
  /\b((?:1[0-9]|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:T([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b|\b(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|[12]\d|3[01])\/((?:1[0-9]|20)?\d\d)\b(?!\/)/g;

/** Dates in digits: ISO `2012-02-25`, `2/25/2012` (month first), `25/02/2012`. */
export const numericDate: Recogniser = {
  name: 'numeric-date',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      if (m[1] !== undefined) {
        const hour = m[4] === undefined ? undefined : Number(m[4]);
        return {
          start,
          end,
          type: hour === undefined ? 'DATE' : 'TIME',
          meaning: {
            kind: 'calendar',
            year: Number(m[1]),
            month: Number(m[2]),
            day: Number(m[3]),
            hour,
            minute: m[5] === undefined ? undefined : Number(m[5]),
          },
          rule: 'iso-date',
        };
      }
      // Month first unless the first number is no month: "25/02/2012".
      const [first, second] = [Number(m[6]), Number(m[7])];
      const monthFirst = first <= 12;
      const month = monthFirst ? first : second;
      const day = monthFirst ? second : first;
      if (month > 12) return undefined;
      const yearText = m[8] ?? '';
      const year =
        yearText.length === 2
          ? 1900 + Number(yearText) + (Number(yearText) < 50 ? 100 : 0)
          : Number(yearText);
      return {
        start,
        end,
        type: 'DATE',
        meaning: { kind: 'calendar', year, month, day },
        rule: 'us-numeric-date',
      };
    }),
};
