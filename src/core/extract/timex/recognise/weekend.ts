import { OF, WEEKEND, WEEKEND_LEADS } from '../../lexicon/en/index.ts';
import { eitherCaseInitial } from '../../lexicon/pattern.ts';
import type { Recogniser } from '../types.ts';
import { bounds, scanIfHas } from './scan.ts';

// "the weekend of June 8" names its own date: left to the date.
const PATTERN = new RegExp(
  `\\b(?:${[...WEEKEND_LEADS.keys()].map(eitherCaseInitial).join('|')}) ${WEEKEND}\\b(?! ${OF}\\b)`,
  'g',
);

/**
 * Weekends, read like weekdays: "the weekend" in a past clause is the last one
 * (`2012-W08-WE`), in a future clause the next one; "last/next weekend" decide outright.
 */
export const weekend: Recogniser = {
  name: 'weekend',
  find: ({ text }) =>
    // Every match holds the word itself.
    scanIfHas(text, WEEKEND, PATTERN, (m) => {
      const { start, end } = bounds(m);
      const lead = m[0].slice(0, m[0].length - WEEKEND.length - 1).toLowerCase();
      const which = WEEKEND_LEADS.get(lead);
      return {
        start,
        end,
        type: 'DATE',
        meaning: { kind: 'calendar', weekday: 6, weekend: true, which },
        rule: 'weekend',
      };
    }),
};
