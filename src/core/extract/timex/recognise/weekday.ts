import {
  DEFINITE_ARTICLE,
  PLURAL_ENDING,
  POSSESSIVE_ENDINGS,
  TITLE_WEEKDAY_JOINER,
  WEEKDAY_EVENT_NAMES_BEFORE,
  WEEKDAY_LEADS,
  WEEKDAY_RE,
  WEEKDAY_TITLE_WORDS_AFTER,
  WEEKDAY_TITLE_WORDS_BEFORE,
  weekdayOf,
} from '../../lexicon/en/index.ts';
import { eitherCaseInitial, wordsInOrder } from '../../lexicon/pattern.ts';
import { PART_OF_DAY_RE, partOfDayOf } from '../partOfDay.ts';
import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

// "Friday", "last Friday", "next Tuesday morning", "early Tuesday" is left to the
// modifier step. Plurals ("on Mondays") are sets.
const PATTERN = new RegExp(
  `\\b(?:(?:${eitherCaseInitial(DEFINITE_ARTICLE)} )?(${wordsInOrder(WEEKDAY_LEADS.keys())}) )?(${WEEKDAY_RE})(${wordsInOrder([PLURAL_ENDING])})?(?:(?:${wordsInOrder(POSSESSIVE_ENDINGS)})? (${PART_OF_DAY_RE}))?\\b`,
  'gi',
);

/** Newspaper names with a weekday: "The Sunday Times", "the Mail on Sunday". */
const TITLE_AFTER = new RegExp(`^ (?:${wordsInOrder(WEEKDAY_TITLE_WORDS_AFTER)})\\b`);
const TITLE_BEFORE = new RegExp(
  `\\b(?:${wordsInOrder(WEEKDAY_TITLE_WORDS_BEFORE)}) ${TITLE_WEEKDAY_JOINER} $`,
);

/**
 * Days named by an event rather than a date: "Bloody Sunday" (1972), "Black Monday"
 * (1987), "Super Tuesday" (primaries), "Blue Monday". "Black Friday" and the church
 * days are the holiday step's.
 */
const EVENT_NAME_BEFORE = new RegExp(`\\b(?:${wordsInOrder(WEEKDAY_EVENT_NAMES_BEFORE)}) $`);

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
      const which = m[1] === undefined ? undefined : WEEKDAY_LEADS.get(m[1].toLowerCase());
      return {
        start,
        end,
        type: partOfDay ? 'TIME' : 'DATE',
        meaning: { kind: 'calendar', weekday: day, partOfDay, which },
        rule: 'weekday',
      };
    }),
};
