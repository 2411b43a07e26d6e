/*
 * English words that join a date to another or to what it dates, for the refiners
 * (timex/refine/): the ends of a range, the day a clock time falls on, the last day
 * of a period. Kept apart from the rules that use them, so that another language adds
 * its own lists beside these.
 */

/** Words between the two ends of a range of days or clock times: "June 1 to Nov. 30", "2 and 4 p.m.". */
export const RANGE_JOINERS: readonly string[] = ['to', 'through', 'until', 'till', 'and'];

/**
 * Words before a date that make it the bound of a span, not a time the story is at:
 * "since 1980", "dating to 1994", "until 1995", "from 1939 to 1945".
 */
export const BOUND_WORDS: readonly string[] = [
  'since',
  'until',
  'till',
  'from',
  'through',
  'dating back to',
  'dating to',
  'as early as',
  'as late as',
  'before',
  'prior to',
  'after',
];

/** Words of a part of a period between a bound and its date: "since the end of 1980", "until mid-1995". */
export const PERIOD_POSITION_WORDS: readonly string[] = [
  'early',
  'late',
  'mid',
  'middle',
  'end',
  'start',
  'beginning',
];

/** Verbs of a period running between two days: "the season runs from June 1 to Nov. 30". */
export const RUN_VERBS: readonly string[] = ['run', 'runs', 'ran', 'running'];

/** Words between the two days of a range in one month: "March 3 to 5", "April 24 and 25". */
export const DAY_RANGE_JOINERS: readonly string[] = [
  'to',
  'through',
  'thru',
  'until',
  'till',
  'and',
  'or',
];

/** Words after the end number of a range that make it a count or a clock time: "5 to 7 people", "2 to 4 percent". */
export const NOT_A_DAY_AFTER_WORDS: readonly string[] = ['percent', 'per'];

/** Units and nouns after such a number (singular and plural alike): "5 to 7 hours". */
export const NOT_A_DAY_UNITS: readonly string[] = [
  'hour',
  'minute',
  'day',
  'week',
  'month',
  'year',
  'point',
];

/** Other nouns after such a number: "5 to 7 people", "2 or 3 more". */
export const NOT_A_DAY_NOUNS: readonly string[] = [
  'people',
  'men',
  'women',
  'times',
  'more',
  'others',
  'other',
  'million',
  'billion',
  'of',
];

/** Words in "-s" after such a number that are no plural noun: "5 to 7 was", "24 and 25 is". */
export const NOT_PLURAL_AFTER_A_DAY: readonly string[] = [
  'was',
  'has',
  'is',
  'does',
  'as',
  'this',
  'plus',
  'its',
  'his',
];

/** "six o'clock": the word of a clock's hour. */
export const O_CLOCK = "o'clock";

/** Words that open a range of clock times: "between 2 and 4 p.m.", "from 9 to 11:30 a.m.". */
export const CLOCK_RANGE_OPENERS: readonly string[] = ['between', 'from'];

/** Words between the two ends of a range of clock times (besides a dash): "2 and 4 p.m.". */
export const CLOCK_RANGE_JOINERS: readonly string[] = ['and', 'to', 'until', 'till'];

/** Words between a period and its last day: "the quarter ended Sept. 30". */
export const PERIOD_END_VERBS: readonly string[] = ['ended', 'ending', 'ends', 'closed', 'through'];

/** Relative pronouns that may open the words before a period's last day: "which ended". */
export const PERIOD_END_RELATIVES: readonly string[] = ['that', 'which'];

/** The word between a clock time and its day: "3:30 p.m. on Monday". */
export const DAY_PREPOSITION = 'on';

/** Words between a part of the day and a day it is counted from, not on: "the morning after". */
export const RELATIVE_TO_DAY: readonly string[] = [
  'after',
  'before',
  'following',
  'since',
  'until',
  'till',
  'prior',
  'ahead',
];

/**
 * Words between a period and its last day that tell the reading of the period ended:
 * "the quarter ended Sept. 30", ", which closed". (The period-ending-on rule also reads "ends".)
 */
export const PERIOD_ENDED_VERBS: readonly string[] = ['ended', 'ending', 'closed', 'through'];

/** Words before a possessive day that put its event ahead: "ahead of Sunday's vote". */
export const AHEAD_OF_WORDS: readonly string[] = [
  'ahead of',
  'run-up to',
  'in advance of',
  'upcoming',
  'forthcoming',
  'ready for',
  'preparing for',
  'build-up to',
];

/**
 * Words before a holiday that look ahead to it even after a past verb: "stocked up for
 * Christmas", "sales rose ahead of Mother's Day", "stayed open until Easter".
 */
export const TOWARD_WORDS: readonly string[] = [
  'for',
  'to',
  'towards',
  'toward',
  'until',
  'till',
  'before',
  'by',
  'ahead of',
  'run-up to',
  'in advance of',
];
