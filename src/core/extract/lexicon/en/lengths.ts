/*
 * English words around a length of time (TimeML DURATION): what may open a counted
 * length ("the past two weeks"), qualify its unit ("three straight days"), or stand for
 * a stretch of unknown length ("for some time"). Kept apart from the rule that uses
 * them (timex/recognise/duration.ts), so that another language adds its own lists
 * beside these.
 */

/** Determiners that may open a counted length: "the two weeks", "all three days", "each of the two years". */
export const LENGTH_DETERMINERS: readonly string[] = ['the', 'an', 'a', 'each of the', 'all'];

/** Adjectives between the determiner and the count: "the past two weeks", "the first nine months". */
export const LENGTH_ADJECTIVES: readonly string[] = [
  'past',
  'last',
  'next',
  'first',
  'coming',
  'previous',
  'latest',
  'final',
  'following',
  'remaining',
  'initial',
  'prior',
  'further',
  'additional',
  'same',
  'ensuing',
];

/** Words between the count and its unit: "two more days", "three straight days", "five trading days". */
export const UNIT_QUALIFIERS: readonly string[] = [
  'more',
  'additional',
  'full',
  'straight',
  'consecutive',
  'trading',
  'business',
  'working',
  'calendar',
  'school',
  'extra',
];

/** The ending that makes a length an adjective: "a two-hour-long rally", "decades-long". */
export const LONG_SUFFIX = '-long';

/** The word after a length that makes it an age: "52 years old". */
export const OLD = 'old';

/** Phrases of a stretch of unknown length: "for some time", "after a while". */
export const UNKNOWN_LENGTHS: readonly string[] = [
  'some time',
  'a while',
  'a long time',
  'a short time',
  'a long while',
  'quite some time',
];

/** Prepositions before such a stretch: "for some time", "in a while", "after a long time". */
export const UNKNOWN_LENGTH_BEFORE: readonly string[] = ['for', 'in', 'after'];
