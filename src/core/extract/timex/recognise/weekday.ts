import { WEEKDAY_RE, weekdayOf } from '../../lexicon/en/index.ts';
import { PART_OF_DAY_RE, partOfDayOf } from '../partOfDay.ts';
import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

// "Friday", "last Friday", "next Tuesday morning", "early Tuesday" is left to the
// modifier step. Plurals ("on Mondays") are sets.
const PATTERN = new RegExp(
  `\\b(?:(?:[Tt]he )?(last|next|this|this coming|this past|coming|past|previous|following) )?(${WEEKDAY_RE})(s)?(?:(?:'s|’s)? (${PART_OF_DAY_RE}))?\\b`,
  'gi',
);

/** Newspaper names with a weekday: "The Sunday Times", "the Mail on Sunday". */
const TITLE_AFTER =
  /^ (?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune|Independent|World|People|Star|Age|Mail|Observer|Sport|Business|Morning Post|Night Live|Night Football|Night Lights)\b/;
const TITLE_BEFORE = /\b(?:Mail|Independent|Observer|Sun|Star|Herald|Business Post) on $/;

/**
 * Days named by an event rather than a date: "Bloody Sunday" (1972), "Black Monday"
 * (1987), "Super Tuesday" (primaries), "Blue Monday". "Black Friday" and the church
 * days are the holiday step's.
 */
const EVENT_NAME_BEFORE = /\b(?:Bloody|Black|Super|Blue) $/;

/** Weekdays, with "last/next/this" and a part of the day: "Friday morning" → `…TMO`. */
export const weekday: Recogniser = {
  name: 'weekday',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      const name = m[2] ?? '';
      if (!/^[A-Z]/.test(name)) return undefined;
      const day = weekdayOf(name);
      if (day === undefined) return undefined;
      if (m[1] === undefined && m[3] === undefined) {
        const before = text.slice(Math.max(0, start - 16), start);
        if (TITLE_BEFORE.test(before) || EVENT_NAME_BEFORE.test(before)) return undefined;
        const nameEnd = start + name.length;
        if (TITLE_AFTER.test(text.slice(nameEnd, nameEnd + 16))) return undefined;
      }
      const partOfDay = partOfDayOf(m[4]);
      if (m[3] !== undefined) {
        if (m[1] !== undefined) return undefined;
        const part = partOfDay ? `T${partOfDay}` : '';
        return {
          start,
          end,
          type: 'SET',
          meaning: { kind: 'literal', value: `XXXX-WXX-${day === 0 ? 7 : day}${part}` },
          quant: 'EVERY',
          rule: 'weekday-plural',
        };
      }
      const modifier = m[1]?.toLowerCase();
      const which =
        modifier === 'last' ||
        modifier === 'past' ||
        modifier === 'this past' ||
        modifier === 'previous'
          ? 'last'
          : modifier === 'next' ||
              modifier === 'coming' ||
              modifier === 'this coming' ||
              modifier === 'following'
            ? 'next'
            : undefined;
      return {
        start,
        end,
        type: partOfDay ? 'TIME' : 'DATE',
        meaning: { kind: 'calendar', weekday: day, partOfDay, which },
        rule: 'weekday',
      };
    }),
};
