/*
 * English words that turn a date into one end of a span, an open start or a deadline.
 * Kept apart from the rules that use them (events/spans/), so that another language
 * adds its own list beside this one.
 */

/** A word right before a date that makes it the start of a state still holding: "since March 4". */
export const SINCE_WORDS: ReadonlySet<string> = new Set(['since']);

/**
 * A word right before a date that makes it the end of a state: "until at least mid-May".
 * ("through" is not one: "fought through the winter" is during it.)
 */
export const UNTIL_WORDS: ReadonlySet<string> = new Set(['until', 'till', 'til']);

/** Words that open a clause told as the content of another ("ruled that …"): no part of its title. */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that']);

/** Words between "until" and its date that leave the end open on the late side: "until at least". */
export const AT_LEAST: readonly string[] = ['at', 'least'];

/** Words that open a stated span before its first date: "from 1998 to 2001", "between … and". */
export const SPAN_OPENERS: ReadonlySet<string> = new Set(['from', 'between']);

/** Words joining the two ends of a span, by the word that opened it. */
export const SPAN_JOINERS: Readonly<Record<string, ReadonlySet<string>>> = {
  from: new Set(['to', 'until', 'till', 'through', 'thru']),
  between: new Set(['and']),
  // Two dates with no opener: "1998 to 2001", "the 2015-16 school year" (a dash is no word).
  '': new Set(['to', 'through']),
};

/**
 * Words that make a date the start of a run the happening ends, rather than its date:
 * "the first title since 1974", "the highest since 1981", "the worst in decades".
 */
export const RUN_FRAMES: ReadonlySet<string> = new Set([
  'first',
  'only',
  'last',
  'highest',
  'lowest',
  'biggest',
  'largest',
  'smallest',
  'worst',
  'best',
  'most',
  'least',
  'fewest',
  'strongest',
  'weakest',
  'deadliest',
  'longest',
  'shortest',
  'fastest',
  'slowest',
  'record',
]);

/** "so far this year", "this year so far", "this year to date", "year to date". */
export const SO_FAR_BEFORE: readonly (readonly string[])[] = [
  ['so', 'far'],
  ['to', 'date'],
  ['thus', 'far'],
];
export const SO_FAR_AFTER: readonly (readonly string[])[] = [
  ['so', 'far'],
  ['to', 'date'],
  ['thus', 'far'],
];

/**
 * Verbs of a state carried on: "will stay closed until May" holds now and goes on,
 * where "will reopen until" would not.
 */
export const CONTINUING_VERBS: ReadonlySet<string> = new Set([
  'stay',
  'stays',
  'stayed',
  'remain',
  'remains',
  'remained',
  'continue',
  'continues',
  'continued',
  'last',
  'lasts',
  'run',
  'runs',
  'keep',
  'keeps',
  'kept',
  'extend',
  'extends',
  'extended',
]);

/** "within ten days": a length that sets a deadline from the day it counts from. */
export const WITHIN_WORDS: ReadonlySet<string> = new Set(['within']);

/** Words after a hyphenated length that make it an age or a size, not a period: "a 90-year-old man". */
export const NOT_A_PERIOD_AFTER: ReadonlySet<string> = new Set([
  'old',
  'olds',
  'high',
  'long',
  'wide',
  'deep',
]);

/**
 * Verbs that move a date rather than span two: "postponed the vote from March 3 to
 * March 10" names two dates of one happening, not a stretch of time.
 */
export const MOVING_VERBS: ReadonlySet<string> = new Set([
  'postpone',
  'postponed',
  'postpones',
  'move',
  'moved',
  'moves',
  'delay',
  'delayed',
  'delays',
  'push',
  'pushed',
  'pushes',
  'bring',
  'brought',
  'brings',
  'reschedule',
  'rescheduled',
  'reschedules',
  'shift',
  'shifted',
  'shifts',
  'change',
  'changed',
  'changes',
  'advance',
  'advanced',
  'advances',
]);

/** Verbs that end a period at their date: "completed a 90-day review on Monday". */
export const ENDING_VERBS: ReadonlySet<string> = new Set([
  'end',
  'ended',
  'ends',
  'finish',
  'finished',
  'finishes',
  'complete',
  'completed',
  'completes',
  'conclude',
  'concluded',
  'concludes',
  'wrap',
  'wrapped',
  'close',
  'closed',
]);

/** "a 90-day review": the article that makes a length the object a date starts. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** Modals of a plan still to come ("must pay within ten days"); "would" reports one from the past. */
export const PLAN_MODALS: ReadonlySet<string> = new Set([
  'must',
  'will',
  'shall',
  'should',
  'can',
  'may',
]);

/** Words after a length that count it from a named happening: "within three months of the defeat". */
export const COUNTED_FROM_WORDS: ReadonlySet<string> = new Set(['of', 'after', 'from']);

/**
 * Words that turn "until" into a start: "was not to begin until 1993", "won't open
 * until May" tell when it begins, not when a state ends.
 */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'no']);

/** True when a (lower-case) word negates: "not", "never", "wasn't", "won’t". */
export function isNegation(lower: string): boolean {
  return NEGATIONS.has(lower) || lower.endsWith("n't") || lower.endsWith('n’t');
}

/**
 * Words before a year-less date that make it a limit or a start, read as the nearest
 * such date whatever the tense: "closed until Tuesday", "effective May 1".
 */
export const LIMIT_WORDS: readonly string[] = [
  'until',
  'till',
  'through',
  'effective',
  'as soon as',
  'as early as',
  'no later than',
];

/** Hedges between a limit word and its date: "until at least mid-May", "until at the earliest June". */
export const LIMIT_HEDGES: readonly string[] = [
  'at least',
  'at most',
  'at the earliest',
  'at the latest',
  'at the very least',
];
