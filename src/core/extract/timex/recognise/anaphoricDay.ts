import {
  BEFORE_AFTER,
  DAY_PARTS,
  DAY_WORD,
  DEFINITE_ARTICLE,
  STORY_ANCHOR_WORDS,
  STORY_DAY_LEADS,
  STORY_DETERMINER,
  STORY_UNITS_BEFORE_AFTER,
} from '../../lexicon/en/index.ts';
import { eitherCaseInitial, wordsInOrder } from '../../lexicon/pattern.ts';
import { partOfDayOf } from '../partOfDay.ts';
import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

// Days told from the story's own time line, not from the document date:
// "the next day", "the following morning", "the previous evening", "that night",
// and "the day before," / "the day after." when nothing follows to anchor them;
// likewise "the year before," ("the year before last" is left alone).
const THE = eitherCaseInitial(DEFINITE_ARTICLE);
const PATTERN = new RegExp(
  `\\b${THE} (${wordsInOrder(STORY_DAY_LEADS.keys())}) (${wordsInOrder([DAY_WORD, ...DAY_PARTS])})\\b` +
    `|\\b${eitherCaseInitial(STORY_DETERMINER)} (${wordsInOrder(DAY_PARTS)})\\b` +
    `|\\b${THE} (${wordsInOrder(STORY_UNITS_BEFORE_AFTER)}) (${wordsInOrder(BEFORE_AFTER.keys())})(?=[,.;:]|\\s+(?:${wordsInOrder(STORY_ANCHOR_WORDS)})\\b)`,
  'g',
);

const OFFSET: ReadonlyMap<string, number> = new Map([...STORY_DAY_LEADS, ...BEFORE_AFTER]);

/**
 * Days counted from the date mentioned last: "He was arrested on May 3. The next day
 * he was charged" → May 4; "that night" → the night of May 3.
 */
export const anaphoricDay: Recogniser = {
  name: 'anaphoric-day',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      const offset = m[3] !== undefined ? 0 : (OFFSET.get(m[1] ?? m[5] ?? '') ?? 0);
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
