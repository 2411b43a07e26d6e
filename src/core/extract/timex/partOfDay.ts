import type { PartOfDay } from './types.ts';

/** "morning" → MO ... as TimeML codes parts of the day. */
export const PART_OF_DAY_RE = '(?:morning|afternoon|evening|night|overnight)';

export function partOfDayOf(word: string | undefined): PartOfDay | undefined {
  switch (word?.toLowerCase()) {
    case 'morning':
      return 'MO';
    case 'afternoon':
      return 'AF';
    case 'evening':
      return 'EV';
    case 'night':
    case 'overnight':
      return 'NI';
    default:
      return undefined;
  }
}
