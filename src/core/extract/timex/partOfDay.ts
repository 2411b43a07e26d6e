import { PARTS_OF_DAY } from '../lexicon/en/index.ts';
import { wordsInOrder } from '../lexicon/pattern.ts';
import type { PartOfDay } from './types.ts';

/** "morning" → MO ... as TimeML codes parts of the day. */
export const PART_OF_DAY_RE = `(?:${wordsInOrder(PARTS_OF_DAY.keys())})`;

export function partOfDayOf(word: string | undefined): PartOfDay | undefined {
  return word === undefined ? undefined : PARTS_OF_DAY.get(word.toLowerCase());
}
