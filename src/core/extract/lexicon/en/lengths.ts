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

/** Words before a length that make it someone's age: "ages 6 months and older", "aged 55 years". */
export const AGE_WORDS: readonly string[] = ['ages', 'age', 'aged'];

/** Words between such a word and the age: "ages of 2 to 5 years", "aged between 18 and 24 months". */
export const AGE_LINKS: readonly string[] = ['of', 'between'];

/** Words joining two ages: "ages 2 to 5 years". */
export const AGE_JOINERS: readonly string[] = ['to', 'and', 'or'];

/** Words joining an age to its bound: "6 months and older". */
export const AGE_BOUND_JOINERS: readonly string[] = ['and', 'or'];

/** Words after an age that bound it: "6 months and older", "18 years or over". */
export const AGE_BOUNDS: readonly string[] = [
  'older',
  'younger',
  'over',
  'under',
  'up',
  'above',
  'below',
];

/** The noun of an age after a length: "18 years of age". */
export const AGE_NOUN = 'age';

/** "could last two weeks": the verb that looks like the adjective "last". */
export const LAST = 'last';

/** Words after which "last" is the verb: "could last two weeks", "expected to last years". */
export const VERB_LAST_BEFORE_WORDS: readonly string[] = [
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'to',
  'not',
  'never',
  "n't",
  "'ll",
  'does',
  'do',
  'did',
  'only',
  'still',
  'usually',
  'often',
  'typically',
  'generally',
];

/** "in as many months", "how many years": the vague count compared or asked for, not a length. */
export const COMPARED_COUNT = 'many';

/** Words before it that compare or ask: "as many", "how many". */
export const COMPARING_WORDS: readonly string[] = ['as', 'how', 'so', 'too'];

/** The word of a half: "half an hour", "a half-day". */
export const HALF = 'half';

/** "an hour and a half": the words after a unit that add half of it. */
export const AND_A_HALF = 'and a half';

/** Units "half a(n)" measures, and the TimeML length of each half: "half an hour" → PT30M. */
export const HALF_UNITS: ReadonlyMap<string, string> = new Map([
  ['hour', 'PT30M'],
  ['day', 'PT12H'],
  ['year', 'P6M'],
  ['decade', 'P5Y'],
  ['century', 'P50Y'],
]);

/** Units "a(n) … and a half" measures, and the TimeML length of each: "a day and a half" → P1DT12H. */
export const AND_A_HALF_UNITS: ReadonlyMap<string, string> = new Map([
  ['minute', 'PT1M30S'],
  ['hour', 'PT1H30M'],
  ['day', 'P1DT12H'],
  ['year', 'P1Y6M'],
]);

/** Units written "a half-…": "a half-hour", "a half day". */
export const HALF_PREFIXED_UNITS: readonly string[] = ['hour', 'day'];
