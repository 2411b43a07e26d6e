import { CLOCK_RANGE_JOINERS, CLOCK_RANGE_OPENERS } from '../../lexicon/en/index.ts';
import { eitherCaseInitial, wordsInOrder } from '../../lexicon/pattern.ts';
import type { Recogniser } from '../types.ts';
import { scan } from './scan.ts';

// "between 2 and 4 p.m.", "from 9 to 11:30 a.m.": a range of clock times whose first
// end borrows the second's "a.m."/"p.m.". The clock-time step reads the second end.
const PATTERN = new RegExp(
  `\\b(?:${CLOCK_RANGE_OPENERS.map(eitherCaseInitial).join('|')}) (\\d{1,2})(?:[:.]([0-5]\\d))? (?:${wordsInOrder(CLOCK_RANGE_JOINERS)}|-|–) (\\d{1,2})(?:[:.][0-5]\\d)? ?([AaPp])\\.? ?[Mm]\\b`,
  'g',
);

/**
 * The first end of a range of clock times written with one "a.m."/"p.m.": "between 2
 * and 4 p.m." → 14:00 (and 16:00, the clock-time step's). TimeML tags each end. An
 * earlier hour written larger crosses noon or midnight: "from 10 to 2 p.m." starts at
 * 10:00. The bare number alone ("between 2 and 4") is a count, so the meridiem is
 * required after the second end.
 */
export const clockRange: Recogniser = {
  name: 'clock-range',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const first = Number(m[1]);
      const second = Number(m[3]);
      const minute = m[2] !== undefined ? Number(m[2]) : 0;
      if (first < 1 || first > 12 || second < 1 || second > 12) return undefined;
      const start = m.index + m[0].indexOf(' ') + 1;
      const end = start + (m[1] ?? '').length + (m[2] !== undefined ? 3 : 0);
      const pm = (m[4] ?? '').toLowerCase() === 'p';
      // Hours on a 12-hour dial where 12 comes first: 12 < 1 < ... < 11.
      const crosses = first % 12 > second % 12;
      const firstPm = crosses ? !pm : pm;
      let hour = first % 12;
      if (firstPm) hour += 12;
      return {
        start,
        end,
        type: 'TIME',
        meaning: { kind: 'calendar', hour, minute },
        rule: 'clock-range',
      };
    }),
};
