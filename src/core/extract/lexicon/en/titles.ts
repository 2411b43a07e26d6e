/*
 * English names that hold a date word without dating anything: newspapers ("The Sunday
 * Times"), named days ("Bloody Sunday"). Kept apart from the rules that use them, so
 * that another language adds its own lists beside these.
 */

/** Words after a weekday that make it a newspaper's or a show's name: "The Sunday Times", "Monday Night Football". */
export const WEEKDAY_TITLE_WORDS_AFTER: readonly string[] = [
  'Times',
  'Telegraph',
  'Mirror',
  'Express',
  'Herald',
  'Post',
  'Tribune',
  'Independent',
  'World',
  'People',
  'Star',
  'Age',
  'Mail',
  'Observer',
  'Sport',
  'Business',
  'Morning Post',
  'Night Live',
  'Night Football',
  'Night Lights',
];

/** Newspaper names that end in "on" before a weekday: "the Mail on Sunday". */
export const WEEKDAY_TITLE_WORDS_BEFORE: readonly string[] = [
  'Mail',
  'Independent',
  'Observer',
  'Sun',
  'Star',
  'Herald',
  'Business Post',
];

/** The word joining such a newspaper name to its weekday: "the Mail on Sunday". */
export const TITLE_WEEKDAY_JOINER = 'on';

/**
 * Words that make a weekday the name of an event rather than a date: "Bloody Sunday"
 * (1972), "Black Monday" (1987), "Super Tuesday" (primaries), "Blue Monday".
 */
export const WEEKDAY_EVENT_NAMES_BEFORE: readonly string[] = ['Bloody', 'Black', 'Super', 'Blue'];
