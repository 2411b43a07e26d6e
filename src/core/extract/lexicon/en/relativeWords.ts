/*
 * English words that place a date against another: which occurrence of a named day
 * is meant ("last Friday", "this coming Tuesday"). Kept apart from the rules that use
 * them (timex/recognise/), so that another language adds its own lists beside these.
 */

/**
 * Words after a length that make it a date counted from another ("two days ago", "a
 * year earlier"): whether each counts back, and whether from the publication date or
 * from the date told last. In the order the ago-later rule tries them.
 */
export const COUNTED_FROM_WORDS_AFTER: ReadonlyMap<
  string,
  { back: boolean; from: 'document' | 'previous' }
> = new Map([
  ['ago', { back: true, from: 'document' }],
  ['earlier', { back: true, from: 'previous' }],
  ['later', { back: false, from: 'previous' }],
  ['before', { back: true, from: 'previous' }],
  ['after', { back: false, from: 'previous' }],
  ['hence', { back: false, from: 'document' }],
  ['back', { back: true, from: 'document' }],
]);

/** Of those, the comparatives: "a month earlier than usual" compares, dates nothing. */
export const COMPARATIVE_OFFSETS: readonly string[] = ['earlier', 'later'];

/** The word after a comparative that makes it a comparison: "earlier than usual". */
export const THAN = 'than';

/** Of those, the prepositions, which count only at the end of their phrase: "two weeks after." */
export const PREPOSITION_OFFSETS: readonly string[] = ['before', 'after'];

/** Plural units said with no count, a vague stretch: "months ago", "years later". */
export const UNCOUNTED_UNITS: readonly string[] = ['days', 'weeks', 'months', 'years', 'decades'];

/** A hedge after a length: "two weeks or so ago". */
export const ROUGHLY_AFTER = 'or so';

/**
 * Words before a weekday that pick one occurrence ("last Friday", "this coming
 * Tuesday"), and the way each points; "this" points neither way. Listed in the order
 * the weekday rule tries them.
 */
export const WEEKDAY_LEADS: ReadonlyMap<string, 'last' | 'next' | undefined> = new Map([
  ['last', 'last'],
  ['next', 'next'],
  ['this', undefined],
  ['this coming', 'next'],
  ['this past', 'last'],
  ['coming', 'next'],
  ['past', 'last'],
  ['previous', 'last'],
  ['following', 'next'],
]);

/**
 * Words before a calendar unit that count it from a reference ("last month", "the
 * following year"): how many units on, and whether from the publication date or from
 * the date told last. In the order the relative-unit rule tries them.
 */
export const UNIT_LEADS: ReadonlyMap<string, { offset: number; from: 'document' | 'previous' }> =
  new Map([
    ['this past', { offset: -1, from: 'document' }],
    ['last', { offset: -1, from: 'document' }],
    ['next', { offset: 1, from: 'document' }],
    ['this', { offset: 0, from: 'document' }],
    ['coming', { offset: 1, from: 'document' }],
    ['current', { offset: 0, from: 'document' }],
    ['previous', { offset: -1, from: 'previous' }],
    ['following', { offset: 1, from: 'previous' }],
    ['same', { offset: 0, from: 'previous' }],
    ['past', { offset: -1, from: 'document' }],
    ['upcoming', { offset: 1, from: 'document' }],
    ['latest', { offset: -1, from: 'document' }],
    ['prior', { offset: -1, from: 'previous' }],
    ['most recent', { offset: -1, from: 'document' }],
  ]);

/** Leads that name the period last reported on: "the latest quarter", "the most recent quarter". */
export const REPORTED_LEADS: readonly string[] = ['latest', 'most recent'];

/** The lead that counts back only for a reported period: "latest year" is odd, read as this one. */
export const LATEST = 'latest';

/** The lead that, after "the" in a past clause, counts from the story: "and the next year became chief". */
export const NEXT = 'next';

/** Calendar units a lead counts ("last week", "the following decade"), and the unit each is. */
export const CALENDAR_UNITS: ReadonlyMap<
  string,
  'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century'
> = new Map([
  ['week', 'week'],
  ['weekend', 'weekend'],
  ['month', 'month'],
  ['quarter', 'quarter'],
  ['year', 'year'],
  ['decade', 'decade'],
  ['century', 'century'],
]);

/** Units counted by a lead after "over" or "during" that make a length: "over the next decade". */
export const LONG_UNITS: readonly string[] = ['decade', 'century'];

/** Words before such a lead that make the phrase a length: "over the next decade", "during the past century". */
export const SPAN_WORDS: readonly string[] = ['over', 'during', 'throughout', 'for'];

/** Words of a company's own year before "year": "this fiscal year", "the last financial year". */
export const FISCAL_WORDS: readonly string[] = ['fiscal', 'financial'];

/** The periods a report is about: "the quarter", "the latest period"; the first is the quarter itself. */
export const REPORTED_PERIODS: readonly string[] = [
  'quarter',
  'latest period',
  'most recent period',
];

/** Words after "the quarter" that make it no reported period: "the quarter century", "a quarter mile". */
export const NOT_REPORTED_AFTER: readonly string[] = ['of', 'century', 'mile', 'point', 'final'];

/** Words before "the year" closing a phrase, the year under discussion: "for the year,". */
export const UNDER_DISCUSSION_BEFORE: readonly string[] = ['for', 'of', 'during'];

/** Words before "the week" or "the month" closing a phrase: "for the week,". */
export const UNDER_DISCUSSION_SHORT_BEFORE: readonly string[] = ['for', 'during'];

/** The units said so: "for the week", "for the month". */
export const UNDER_DISCUSSION_SHORT_UNITS: readonly string[] = ['week', 'month'];

/** Units before a possessive, the period under discussion: "the week's most active session". */
export const POSSESSIVE_UNITS: readonly string[] = ['year', 'week', 'month'];

/** Words for a day counted from the publication date, and its offset: "yesterday" −1. In the order the rule tries them. */
export const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['the day before yesterday', -2],
  ['the day after tomorrow', 2],
  ['today', 0],
  ['tonight', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
]);

/** Words before a part of the day that count its day: "this morning", "last night", "tomorrow evening". */
export const DAY_PART_LEADS: ReadonlyMap<string, number> = new Map([
  ['this', 0],
  ['last', -1],
  ['tomorrow', 1],
  ['yesterday', -1],
]);

/** The day word that is a night: "tonight". */
export const TONIGHT = 'tonight';

/** The lead said only of a night: "last night" ("last morning" is not English). */
export const NIGHT_ONLY_LEAD = 'last';

/** "today's world": the day word whose possessive may be the present era. */
export const TODAY = 'today';

/** Nouns after "today's" that make it the present era: "today's youth". */
export const ERA_NOUNS: readonly string[] = [
  'world',
  'society',
  'youth',
  'young',
  'generation',
  'children',
  'kids',
  'teenagers',
  'culture',
  'standards',
];

/** "the leaders of tomorrow": the day word that may be the coming era. */
export const TOMORROW = 'tomorrow';

/** Nouns before "of tomorrow" that make it the coming era. */
export const ERA_NOUNS_BEFORE: readonly string[] = [
  'people',
  'leaders',
  'world',
  'generation',
  'cars',
  'cities',
  'jobs',
  'workers',
  'children',
];

/** Words before "weekend" that pick one, and the way each points: "last weekend", "this coming weekend". */
export const WEEKEND_LEADS: ReadonlyMap<string, 'last' | 'next' | undefined> = new Map([
  ['the', undefined],
  ['this', undefined],
  ['last', 'last'],
  ['next', 'next'],
  ['this past', 'last'],
  ['this coming', 'next'],
]);

/** "that summer", "that night": the determiner that puts a time at the date the story told last. */
export const STORY_DETERMINER = 'that';

/** Words before a day or a part of the day that count it from the story's last date: "the next day", "the previous evening". */
export const STORY_DAY_LEADS: ReadonlyMap<string, number> = new Map([
  ['next', 1],
  ['following', 1],
  ['previous', -1],
  ['preceding', -1],
]);

/** Units counted back or on from the story's last date, said after the unit: "the day before,", "the year after.". */
export const STORY_UNITS_BEFORE_AFTER: readonly string[] = ['day', 'week', 'month', 'year'];

/** The words after such a unit, and which way each counts. */
export const BEFORE_AFTER: ReadonlyMap<string, number> = new Map([
  ['before', -1],
  ['after', 1],
]);

/** Words that may follow "the day before" and leave it anchored to the story: "the day before that". */
export const STORY_ANCHOR_WORDS: readonly string[] = ['that', 'yesterday'];

/** Prepositions before "the 5th" that make it a day of the month: "on the 5th", "by the 21st". */
export const DAY_OF_MONTH_PREPOSITIONS: readonly string[] = [
  'on',
  'by',
  'until',
  'till',
  'since',
  'from',
  'before',
  'after',
];

/** Words after a day of the month that go on with the clause, not a noun ("the 5th floor"). */
export const AFTER_A_DAY_WORDS: readonly string[] = [
  'at',
  'when',
  'after',
  'before',
  'to',
  'through',
  'until',
  'in',
  'with',
  'as',
  'but',
  'while',
  'because',
  'he',
  'she',
  'it',
  'they',
  'we',
  'I',
  'was',
  'is',
  'will',
  'would',
];

/** Conjunctions after a day of the month, which must not join a number: "the 2nd and 3rd floors". */
export const DAY_JOINERS: readonly string[] = ['and', 'or'];
