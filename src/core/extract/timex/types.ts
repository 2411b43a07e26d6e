import type {
  StatedFields,
  Tense,
  Timex,
  TimexAnchor,
  TimexMod,
  TimexType,
} from '../../model/index.ts';

/** Calendar units a relative expression counts in. */
export type Unit =
  'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** TimeML parts of the day. */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';

/** TimeML seasons. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/**
 * A date named by its calendar fields, some of which may be missing (the year of
 * "March 24") and are then inferred from the document date and the tense.
 */
export interface CalendarMeaning {
  kind: 'calendar';
  year?: number;
  /** Year with unknown trailing digits: `199` for "the 1990s" (decade), `19` (century). */
  yearPrefix?: string;
  month?: number;
  day?: number;
  weekday?: number;
  quarter?: number;
  half?: number;
  season?: Season;
  partOfDay?: PartOfDay;
  hour?: number;
  minute?: number;
  /** Seconds, written only when the text gives them: "at 10:32:15 GMT". */
  second?: number;
  /** Year counted from the document year: "last year's fourth quarter" is −1. */
  yearOffset?: number;
  /** A holiday: its month and day in a given year ("Thanksgiving" moves). */
  holiday?: (year: number) => { month: number; day: number };
  /** The weekend around `weekday` (a Saturday), or around the day: `2012-W08-WE`. */
  weekend?: boolean;
  /** The ISO week holding the day: "the week of March 6" → `2023-W10`. */
  week?: boolean;
  /** Added to the year once it is resolved: "the year-ago third quarter" is −1. */
  yearShift?: number;
  /** "last March", "next Friday", "this summer": which occurrence is meant. */
  which?: 'last' | 'next' | 'this';
  /** "that summer": in the year of the date mentioned last (else the year by tense). */
  yearOfPrevious?: boolean;
  /**
   * "the fiscal fourth quarter ended June 30": in the year of the day it ended (read by
   * tense like any year-less day), whatever quarter of the calendar its label names.
   */
  yearOfDay?: { month: number; day: number };
}

/**
 * A date counted from a reference: "yesterday" (day −1), "last month" (month −1),
 * "this year" (year 0), "two weeks ago" (week −2), "a year earlier" (year −1 from the
 * previous date in the text). The value has the precision of `unit`.
 */
export interface RelativeMeaning {
  kind: 'relative';
  unit: Unit;
  offset: number;
  /** Counted from the document date, or from the last date mentioned before it. */
  from: 'document' | 'previous';
  /**
   * Keep the precision of the date counted from when it is a quarter or half: "a year
   * earlier" than the third quarter is the third quarter a year before.
   */
  keepPrecision?: boolean;
  /** "the 1988 period": the period compared, in the year stated (with `keepPrecision`). */
  year?: number;
  /**
   * "the quarter", "the latest period": the period the text reports on, the quarter
   * (or, for `period`, the quarter or half) named before it; without one, the value
   * `unit` and `offset` give from the document date.
   */
  reported?: 'quarter' | 'period';
  /** The reported period named last ("the quarter"), or the latest in time ("latest"). */
  which?: 'last' | 'latest';
  partOfDay?: PartOfDay;
  hour?: number;
  minute?: number;
}

/** A value fixed by the words alone: durations, sets, PRESENT_REF, ... */
export interface LiteralMeaning {
  kind: 'literal';
  value: string;
}

export type Meaning = CalendarMeaning | RelativeMeaning | LiteralMeaning;

/** An expression found by a recogniser, not yet normalised. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  meaning: Meaning;
  /** Name of the recogniser (and refiners) that shaped it. */
  rule: string;
  mod?: TimexMod;
  quant?: string;
  freq?: string;
}

/** What every step can read. */
export interface StepContext {
  text: string;
  /** `YYYY-MM-DD`. */
  documentDate: string;
  tenseAt: (start: number, end: number) => Tense;
  /** Records a step's decision; the message is only built when tracing is on. */
  trace: (step: string, message: () => string) => void;
}

/** A recogniser finds candidates in the text. */
export interface Recogniser {
  name: string;
  find: (ctx: StepContext) => Candidate[];
}

/** A refiner rewrites the candidate list (merge, extend, drop). */
export interface Refiner {
  name: string;
  refine: (candidates: Candidate[], ctx: StepContext) => Candidate[];
}

/** Result of normalising one candidate. */
export interface Normalised {
  value: string;
  anchor: TimexAnchor;
  stated: StatedFields;
  tense: Tense;
}

export type { Timex };
