import { partOfDayOf } from '../partOfDay.ts';
import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

// Days told from the story's own time line, not from the document date:
// "the next day", "the following morning", "the previous evening", "that night",
// and "the day before," / "the day after." when nothing follows to anchor them;
// likewise "the year before," ("the year before last" is left alone).
const PATTERN =
  /\b[Tt]he (next|following|previous|preceding) (day|morning|afternoon|evening|night)\b|\b[Tt]hat (morning|afternoon|evening|night)\b|\b[Tt]he (day|week|month|year) (before|after)(?=[,.;:]|\s+(?:that|yesterday)\b)/g;

const OFFSET: Readonly<Record<string, number>> = {
  next: 1,
  following: 1,
  after: 1,
  previous: -1,
  preceding: -1,
  before: -1,
};

/**
 * Days counted from the date mentioned last: "He was arrested on May 3. The next day
 * he was charged" → May 4; "that night" → the night of May 3.
 */
export const anaphoricDay: Recogniser = {
  name: 'anaphoric-day',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      const offset = m[3] !== undefined ? 0 : (OFFSET[m[1] ?? m[5] ?? ''] ?? 0);
      const partOfDay = partOfDayOf(m[2] ?? m[3]);
      const unit = (m[4] ?? 'day') as 'day' | 'week' | 'month' | 'year';
      return {
        start,
        end,
        type: partOfDay ? 'TIME' : 'DATE',
        meaning: { kind: 'relative', unit, offset, from: 'previous', partOfDay },
        rule: 'anaphoric-day',
      };
    }),
};
