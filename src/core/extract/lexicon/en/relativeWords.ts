/*
 * English words that place a date against another: which occurrence of a named day
 * is meant ("last Friday", "this coming Tuesday"). Kept apart from the rules that use
 * them (timex/recognise/), so that another language adds its own lists beside these.
 */

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
