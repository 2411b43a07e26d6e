import type { Recogniser } from '../types.ts';
import { WEEKDAY_RE, weekdayOf } from '../../lexicon/en/index.ts';
import { bounds, scan } from './scan.ts';

const PATTERN = /\b[Oo]vernight\b(?!-)/g;

/** "an overnight stay", "its overnight shift": an adjective of a kind of thing. */
const DETERMINER_BEFORE = /\b(?:a|an|the|its|his|her|their|our|this|that)\s+$/i;

/** "almost overnight", "won't happen overnight": the idiom for "suddenly". */
const IDIOM_BEFORE =
  /\b(?:almost|virtually|literally|practically|nearly|seemingly|simply|just|not|n['’]t|happen(?:s|ed)?|chang(?:e|es|ed)|disappear(?:s|ed)?|vanish(?:es|ed)?|becom(?:e|es)|became|made|rich|famous)\s+$/i;

/** Nouns that "overnight" classifies: the money-market rate, a success, a bag. */
const NOUN_AFTER =
  /^ (?:rates?|success|sensation|stars?|lending|index|repo|deposits?|delivery|shipping|bags?|camps?|stays?|shifts?|trains?|flights?|bus|ferry|oats|trips?|visits?|guests?|parking|hours)\b/;

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
      if (
        /^,? (?:(?:into|on|to|from) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(
          after,
        )
      )
        return undefined;
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
