/*
 * English words that qualify a date or a length, which TimeML takes into its span with
 * a mod: "the end of 1994", "early March", "about 400 years", "a decade or so". Kept
 * apart from the rule that uses them (timex/refine/applyModifiers.ts), so that another
 * language adds its own lists beside these. Longest phrasings first within each list.
 */

/** Words before a date, by the part of it they pick or how near they put it. */
export const MODIFIERS_BEFORE = {
  /** "the end of 1994", "the close of the year". */
  endOf: ['the very end of', 'the end of', 'the close of'],
  /** "the beginning of March", "the dawn of the century". */
  startOf: ['the very beginning of', 'the beginning of', 'the start of', 'the dawn of'],
  /** "the middle of June", "the mid-1990s" (a space may follow). */
  middleOf: ['the middle of', 'the mid-', 'the mid'],
  /** "the early 1990s", "early March". */
  early: ['the early', 'early'],
  /** "the late 1980s", "late Friday". */
  late: ['the late', 'late'],
  /** "mid-1996", "mid 2004" (a space may follow). */
  mid: ['mid-', 'mid'],
  /** "earlier this year". */
  earlier: ['earlier'],
  /** "later this month". */
  later: ['later'],
  /** "about 400 years", "an estimated two weeks". */
  approximately: ['about', 'around', 'approximately', 'roughly', 'circa', 'an estimated', 'some'],
  /** "at least two weeks". */
  atLeast: ['at least', 'no less than', 'as much as', 'as long as', 'as many as'],
  /** "at most three days". */
  atMost: ['at most', 'no more than', 'up to', 'as little as', 'not more than'],
  /** "more than a decade". */
  moreThan: ['more than', 'longer than', 'well over', 'just over', 'upwards of', 'over'],
  /** "less than two weeks", "nearly a decade". */
  lessThan: ['less than', 'fewer than', 'shorter than', 'just under', 'under', 'nearly', 'almost'],
} as const satisfies Record<string, readonly string[]>;

/** The word that opens a qualifier after a date or length: "a decade or so", "two weeks or more". */
export const OR = 'or';

/** Words after "or" that qualify what comes before, by what they say of it. */
export const MODIFIERS_AFTER_OR = {
  /** "a decade or so". */
  approximately: ['so'],
  /** "two weeks or more". */
  atLeast: ['more', 'longer'],
  /** "three days or less". */
  atMost: ['less', 'fewer'],
  /** "Monday or later". */
  onOrAfter: ['later', 'after'],
  /** "June or earlier". */
  onOrBefore: ['earlier', 'before'],
} as const satisfies Record<string, readonly string[]>;
