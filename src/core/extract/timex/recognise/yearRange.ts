import type { Candidate, Recogniser } from '../types.ts';
import { scanIfHas } from './scan.ts';

// "the 2020-21 season", "fiscal 2022/23", "the 1939–1945 war", "from 2015-2019". The
// lookahead `(?=[12Ff])` holds wherever the pattern can match (a year, "fiscal" or
// "FY" opens it): it changes no match, and lets the engine pass over most positions.
const PATTERN =
  /\b(?=[12Ff])((?:[Ff]iscal(?: year)? |FY ?))?((?:1[0-9]|20)\d\d) ?[-–/] ?((?:1[0-9]|20)?\d\d)\b(?![-–/.,:]\d|%)/dg;

/** What every match of PATTERN holds: a four-digit year 1000–2099 (its first). */
const FOUR_DIGIT_YEAR = /(?:1[0-9]|20)\d\d/;

/**
 * Ranges of years: "the 2020-21 season", "1939-45". TimeML has no range value, so
 * each end is its own year, as day ranges are: "2020" and "21" (→ 2021). The end must
 * come after the start and within a century, so "2023-03" (an ISO month) is left
 * alone.
 */
export const yearRange: Recogniser = {
  name: 'year-range',
  find: ({ text }) => {
    const found: Candidate[] = [];
    const year = (start: number, end: number, value: number): Candidate => ({
      start,
      end,
      type: 'DATE',
      meaning: { kind: 'calendar', year: value },
      rule: 'year-range',
    });
    scanIfHas(text, FOUR_DIGIT_YEAR, PATTERN, (m) => {
      const first = Number(m[2]);
      const lastText = m[3] ?? '';
      const century = Math.floor(first / 100) * 100;
      let last = lastText.length === 4 ? Number(lastText) : century + Number(lastText);
      // "1999-00", "1998-01": the end is in the next century.
      const wraps = lastText.length === 2 && last <= first;
      if (wraps) last += 100;
      if (last <= first || last - first > (wraps ? 10 : 100)) return undefined;
      const firstSpan = m.indices?.[2];
      const lastSpan = m.indices?.[3];
      if (!firstSpan || !lastSpan) return undefined;
      // "555-2019-20" and "$1990-91": part of another number.
      if (/(?:[$£€]|\d[-–.])$/.test(text.slice(Math.max(0, m.index - 2), m.index)))
        return undefined;
      found.push(year(m.index, firstSpan[1], first));
      found.push(year(lastSpan[0], lastSpan[1], last));
      return undefined;
    });
    return found;
  },
};
