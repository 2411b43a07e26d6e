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
