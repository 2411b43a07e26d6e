/*
 * English words for the seasons and the words around them that make a season a date.
 * Kept apart from the rules that use them (timex/recognise/season.ts, set.ts), so
 * that another language adds its own lists beside these.
 */

/** Season names and the TimeML code each stands for ("fall" and "autumn" are one season). */
export const SEASONS: ReadonlyMap<string, 'SP' | 'SU' | 'FA' | 'WI'> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['fall', 'FA'],
  ['autumn', 'FA'],
  ['winter', 'WI'],
]);

/** The season name that is as often a verb or a drop ("prices fall", "the fall in prices"). */
export const SEASON_ALSO_A_VERB = 'fall';

/**
 * Words before a season that make it one date: "this past summer", "that winter",
 * "the spring of 2011". In the order the season rule tries them.
 */
export const SEASON_DETERMINERS: readonly string[] = [
  'this past',
  'this coming',
  'this',
  'that',
  'last',
  'next',
  'the',
];

/** Words before a season that place a time early, late or in the middle of it: "early spring", "mid-summer". */
export const SEASON_POSITIONS: readonly string[] = ['early', 'late', 'mid-', 'mid'];

/** Words before a season with no determiner that make it a time: "in winter", "during summer". */
export const BARE_SEASON_BEFORE: readonly string[] = [
  'in',
  'during',
  'over',
  'until',
  'through',
  'throughout',
  'by',
];

/** Campaigns a season names (singular; plurals too): "the summer offensive", "a winter counter-offensive". */
export const SEASON_CAMPAIGNS: readonly string[] = [
  'offensive',
  'campaign',
  'assault',
  'operation',
];

/** What a campaign word may open with, hyphened or not: "counter-offensive", "counteroffensive". */
export const COUNTER_PREFIX = 'counter';

/** Words after "the fall" that make it a drop, not autumn: "the fall in prices", "the fall of Rome". */
export const FALL_AS_DROP_AFTER: readonly string[] = ['in', 'of'];
