import type { Recogniser } from '../types.ts';
import {
  NOUN_DETERMINERS,
  OVERNIGHT_DAY_LINKS,
  OVERNIGHT_IDIOM_BEFORE,
  OVERNIGHT_NOUNS_AFTER,
  OVERNIGHT,
  WEEKDAY_RE,
  weekdayOf,
} from '../../lexicon/en/index.ts';
import { eitherCaseInitial, wordAlternation, wordsInOrder } from '../../lexicon/pattern.ts';
import { bounds, scan } from './scan.ts';

const PATTERN = new RegExp(`\\b${eitherCaseInitial(OVERNIGHT)}\\b(?!-)`, 'g');

/** "an overnight stay", "its overnight shift": an adjective of a kind of thing. */
const DETERMINER_BEFORE = new RegExp(`\\b(?:${wordsInOrder(NOUN_DETERMINERS)})\\s+$`, 'i');

/** "almost overnight", "won't happen overnight": the idiom for "suddenly". */
const IDIOM_BEFORE = new RegExp(`\\b(?:${wordAlternation(OVERNIGHT_IDIOM_BEFORE)})\\s+$`, 'i');

/** Nouns that "overnight" classifies: the money-market rate, a success, a bag. */
const NOUN_AFTER = new RegExp(`^ (?:${wordAlternation(OVERNIGHT_NOUNS_AFTER)})\\b`);

/** "overnight into Tuesday": the date is the day's, the night no expression of its own. */
const LINKED_DAY_AFTER = new RegExp(
  `^,? (?:(?:${wordsInOrder(OVERNIGHT_DAY_LINKS)}) )?${WEEKDAY_RE}\\b`,
);

/** "overnight Tuesday": the day right after, which the night belongs to. */
const DAY_AFTER = new RegExp(`^ (${WEEKDAY_RE})\\b(?!-)`);

/**
 * "Overnight, missiles struck Kyiv", "talks went on overnight": the night just before
 * the report (`2023-03-14TNI` in a story dated 2023-03-15), or the coming one in a
 * future clause ("will stay overnight"). The adjective ("an overnight stay", "the
 * overnight rate") and the idiom ("almost overnight") are not times. Right before a day
 * ("overnight Tuesday") it is that day's night, one expression as "Tuesday night" is
 * (`2023-03-14TNI`); "overnight into Tuesday" leaves the date to the day.
 */
export const overnight: Recogniser = {
  name: 'overnight',
  find: ({ text, tenseAt }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      const before = text.slice(Math.max(0, start - 16), start);
      if (DETERMINER_BEFORE.test(before) || IDIOM_BEFORE.test(before)) return undefined;
      const after = text.slice(end, end + 24);
      if (NOUN_AFTER.test(after)) return undefined;
      const named = DAY_AFTER.exec(after);
      if (named) {
        const weekday = weekdayOf(named[1] ?? '');
        if (weekday === undefined) return undefined;
        return {
          start,
          end: end + named[0].length,
          type: 'TIME',
          meaning: { kind: 'calendar', weekday, partOfDay: 'NI' },
          rule: 'overnight-day',
        };
      }
      if (LINKED_DAY_AFTER.test(after)) return undefined;
      const future = tenseAt(start, end) === 'future';
      return {
        start,
        end,
        type: 'TIME',
        meaning: {
          kind: 'relative',
          unit: 'day',
          offset: future ? 0 : -1,
          from: 'document',
          partOfDay: 'NI',
        },
        rule: 'overnight',
      };
    }),
};
