/*
 * English words of the periods business news reports: quarters and halves of a year,
 * fiscal years, and the period a year before the one reported. Kept apart from the
 * rules that use them (timex/recognise/quarter.ts, comparisonPeriod.ts), so that
 * another language adds its own lists beside these.
 */

/** Ordinals that number a quarter or half, in the order the quarter rule tries them: "third quarter". */
export const PERIOD_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['1st', 1],
  ['2nd', 2],
  ['3rd', 3],
  ['4th', 4],
  // "the last half of 1989"
  ['last', 2],
  ['latter', 2],
]);

/** Ordinals that number a half only: "the last half" is the second, "the last quarter" is left alone. */
export const HALF_ONLY_ORDINALS: readonly string[] = ['last'];

/** The nouns of a part of a year: a quarter or a half. */
export const YEAR_PARTS: ReadonlyMap<string, 'quarter' | 'half'> = new Map([
  ['quarter', 'quarter'],
  ['half', 'half'],
]);

/** The noun of a year, in "this year's second quarter", "the first half of the year". */
export const YEAR_WORD = 'year';

/** Words before "year" that count it from the publication's: "last year's fourth quarter". */
export const RELATIVE_YEAR_WORDS: ReadonlyMap<string, number> = new Map([
  ['this', 0],
  ['last', -1],
  ['next', 1],
]);

/** Adjectives of a period the same as another: "the comparable quarter". */
export const SAME_PERIOD_ADJECTIVES: readonly string[] = ['comparable', 'corresponding', 'same'];

/** Adjectives of the period a year before: "the year-ago quarter". */
export const YEAR_AGO_ADJECTIVES: readonly string[] = ['year-ago', 'year-earlier', 'year-before'];

/** Words of the year a period is counted in: "the fiscal first quarter", "the calendar second half". */
export const YEAR_KINDS: readonly string[] = ['fiscal', 'calendar'];

/** The word of a company's own year: "the first fiscal quarter", "fiscal 1990". */
export const FISCAL = 'fiscal';

/** The abbreviation of a fiscal year: "FY2024", "FY 24". */
export const FISCAL_YEAR_ABBREVIATION = 'FY';

/** Words between a period and its year: "the first half of 2011", "the quarter in 1990". */
export const PERIOD_YEAR_LINKS: readonly string[] = ['of', 'in'];

/** Nouns of a period named by its months: "the July-September quarter", "the April-June period". */
export const MONTH_SPAN_NOUNS: readonly string[] = ['quarter', 'period'];

/**
 * Words of a game report: "scored twice in the second half", "a touchdown in the
 * fourth quarter". Basketball and football count quarters and halves of play, not of
 * a year. Words business news shares ("points", "rallied", "goals", "score") are left
 * out: markets rally by basis points in a quarter too.
 */
export const PLAY_WORDS: readonly string[] = [
  'scored',
  'scoring',
  'touchdown',
  'touchdowns',
  'half-time',
  'halftime',
  'innings',
  'free throw',
  'free throws',
  'field goal',
  'field goals',
  'three-pointer',
  'three-pointers',
  'quarterback',
  'rebounds',
  'equaliser',
  'equalised',
  'equalizer',
  'equalized',
  'striker',
  'goalkeeper',
  'kick-off',
  'kickoff',
  'intercepted',
  'interception',
  'interceptions',
  'sacked',
  'fumble',
  'fumbled',
];

/** More adjectives of the period a year before: "prior-year results", "previous-year figures". */
export const PRIOR_YEAR_ADJECTIVE = 'prior-year';
export const PREVIOUS_YEAR_ADJECTIVE = 'previous-year';

/** Pieces every one of those adjectives holds, whatever its first letter's case: a quick test of a text. */
export const YEAR_BEFORE_MARKS: readonly string[] = ['ear-', 'r-year'];

/** Nouns of a period compared with the same one a year before: "the year-ago quarter". */
export const COMPARED_PERIODS: readonly string[] = [
  'quarter',
  'period',
  'nine months',
  'six months',
  'months',
  'half',
];

/** Adjectives of the same period said the long way: "the same period last year", "the like quarter". */
export const LIKE_PERIOD_ADJECTIVES: readonly string[] = [
  'same',
  'corresponding',
  'comparable',
  'like',
];

/** Nouns of a period said the long way: "the same period last year". */
export const PERIOD_NOUNS: readonly string[] = ['period', 'quarter', 'half'];

/** Phrases of the year before, after a period: "the same period last year", "the quarter a year ago". */
export const YEAR_BEFORE_PHRASES: readonly string[] = [
  'last year',
  'a year ago',
  'a year earlier',
  'a year before',
  'the previous year',
  'the prior year',
  'the preceding year',
  'the year before',
];

/** "last year's quarter": the words of the year before a period. */
export const LAST_YEAR = 'last year';

/** A reporting period counted in months: "the first nine months", "the six months". */
export const REPORTED_MONTHS_LEADS: readonly string[] = ['first', 'latest', 'same'];
export const REPORTED_MONTHS_COUNTS: readonly string[] = ['six', 'nine'];
export const MONTHS_WORD = 'months';

/** Words of reporting a period's figures: "will report fourth-quarter results". */
export const RESULTS_WORDS: readonly string[] = [
  'report',
  'reports',
  'reported',
  'reporting',
  'results',
  'earnings',
  'figures',
  'numbers',
  'post',
  'posts',
  'posting',
  'announce',
  'announces',
  'announcing',
  'release',
  'releases',
  'releasing',
  'publish',
  'publishes',
  'publishing',
];

/** Words before a period that make it a time within which things happen: "in the fourth quarter". */
export const WITHIN_PERIOD_WORDS: readonly string[] = [
  'in',
  'during',
  'into',
  'by',
  'until',
  'through',
];

/** The end or middle of the current year, said as one word: "year-end", "year's end", "mid-year". */
export const YEAR_END_WORDS: ReadonlyMap<string, 'end' | 'middle'> = new Map([
  ['year-end', 'end'],
  ['year end', 'end'],
  ["year's end", 'end'],
  ['mid-year', 'middle'],
  ['midyear', 'middle'],
]);

/** Words of a whole year, after "the": "the full year", "the current fiscal year". */
export const WHOLE_YEAR_WORDS: readonly string[] = [
  'full',
  'whole',
  'entire',
  'current fiscal',
  'fiscal',
];

/** Nouns of a part of a period, before "of the": "the rest of the month", "the end of the year". */
export const PART_OF_PERIOD_NOUNS: readonly string[] = [
  'end',
  'beginning',
  'start',
  'middle',
  'rest',
  'remainder',
  'balance',
  'close',
  'course',
  'half',
];

/** The periods those parts are of: "the rest of the decade". */
export const PERIODS_WITH_PARTS: readonly string[] = ['year', 'month', 'week', 'decade', 'century'];

/** Nouns of a period's ends with the article of the period dropped: "by the end of year". */
export const BOUNDARY_NOUNS: readonly string[] = ['end', 'beginning', 'start', 'middle', 'close'];

/** The periods said so: "the start of month". */
export const ARTICLELESS_PERIODS: readonly string[] = ['year', 'month', 'week'];

/** Words after such a period that make it an age or a length: "the end of year-old", "a year ago". */
export const NOT_A_PERIOD_AFTER_UNIT: readonly string[] = ['old', 'ago', 'earlier', 'later'];

/** Words before a unit that make it the period of the date told last: "that year", "the same day". */
export const SAME_PERIOD_LEADS: readonly string[] = ['that', 'the same'];

/** The units said so. */
export const SAME_PERIOD_UNITS: readonly string[] = ['day', 'week', 'month', 'year', 'decade'];
