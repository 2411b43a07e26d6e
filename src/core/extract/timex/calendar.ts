import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  getISOWeek,
  getISOWeekYear,
  getQuarter,
  isValid,
} from 'date-fns';
import { LAST_YEAR, calendarDaysBetween, isModelYear, localDay } from '../../calendar/yearRange.ts';
import type { Tense } from '../../model/index.ts';
import type { Unit } from './types.ts';
import { isoWeekStart, parseTimemlDate } from '../../calendar/timemlValue.ts';

/*
 * Calendar arithmetic for normalising: dates are local midnight `Date`s built from
 * `YYYY-MM-DD`, so no time zone ever shifts a day.
 */

/**
 * `2012-02-27` → local `Date`; `undefined` for a malformed or impossible day. A year
 * before the common era is written as TimeML writes it, `BC0480-08-20`, and held as a
 * negative full year (480 BC is −480; there is no year 0 in the text's count).
 */
export function parseDay(iso: string): Date | undefined {
  const m = /^(BC)?(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const year = m[1] ? -Number(m[2]) : Number(m[2]);
  const date = localDay(year, Number(m[3]) - 1, Number(m[4]));
  if (date.getMonth() !== Number(m[3]) - 1 || date.getDate() !== Number(m[4])) return undefined;
  return date;
}

/**
 * A year as TimeML writes it: `1998`, `0044`, and `BC0499` for 499 BC (held as −499).
 *
 * @example yearText(-499) // 'BC0499'
 */
export function yearText(year: number): string {
  if (!isTimexYear(year)) return 'XXXX';
  return year < 0 ? `BC${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
}

/**
 * Whether a timex value can write `year`: the model's years (0000–9999, see
 * `yearRange.ts`) and, as TimeML writes them, years BC down to BC9999.
 */
function isTimexYear(year: number): boolean {
  return isModelYear(year) || (Number.isInteger(year) && year < 0 && year >= -LAST_YEAR);
}

/** Leading digits of a decade (`199`, `BC047`) or century (`19`, `BC03`) holding `year`. */
function leadingDigits(year: number, per: number, width: number): string {
  const digits = String(Math.floor(Math.abs(year) / per)).padStart(width, '0');
  return year < 0 ? `BC${digits}` : digits;
}

/** `2012-02-27`: as date-fns' `yyyy-MM-dd`, written out by hand (it is called per timex). */
export function formatDay(date: Date): string {
  return `${formatMonth(date)}-${pad2(date.getDate())}`;
}

/**
 * `2012-02`: as date-fns' `yyyy-MM`, written out by hand, as parsing the format string
 * costs more than the rest of normalising a timex. Only for dates the model can hold
 * (`valueAt` checks): `yyyy` would write a year before 1 CE without its sign.
 */
function formatMonth(date: Date): string {
  return `${yearText(date.getFullYear())}-${pad2(date.getMonth() + 1)}`;
}

/** Zero-padded two digits. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The TimeML value of the `unit` holding `date`: `2012-02-27` (day), `2012-W09` (week),
 * `2012-W09-WE` (weekend), `2012-02`, `2012-Q1`, `2012-H1`, `2012`, `201` for a decade
 * and `20` for a century (TimeML writes their leading digits), `BC0499` before the era.
 */
export function valueAt(
  date: Date,
  unit: Unit,
  /**
   * Whether a year before the era may be written (`BC0491`): only when counted from a
   * date the text gave before the era ("the following year" after 492 BC). Counted from
   * a date of our era, a date before year 0 is beyond what the text can mean.
   */
  beforeEra = false,
): string {
  const y0 = isValid(date) ? date.getFullYear() : NaN;
  if (!(isModelYear(y0) || (beforeEra && isTimexYear(y0)))) return UNDATED[unit];
  const y = date.getFullYear();
  switch (unit) {
    case 'day':
      return formatDay(date);
    case 'week':
      return `${yearText(getISOWeekYear(date))}-W${pad2(getISOWeek(date))}`;
    case 'weekend':
      return `${yearText(getISOWeekYear(date))}-W${pad2(getISOWeek(date))}-WE`;
    case 'month':
      return formatMonth(date);
    case 'quarter':
      return `${yearText(y)}-Q${getQuarter(date)}`;
    case 'half':
      return `${yearText(y)}-H${date.getMonth() < 6 ? 1 : 2}`;
    case 'year':
      return yearText(y);
    case 'decade':
      return leadingDigits(y, 10, 3);
    case 'century':
      return leadingDigits(y, 100, 2);
  }
}

/**
 * TimeML's values for a date whose year is not known, by unit: what a date beyond the
 * years the model holds (see `yearRange.ts`) is written as, so it stays a timex but
 * dates nothing.
 */
const UNDATED: Readonly<Record<Unit, string>> = {
  day: 'XXXX-XX-XX',
  week: 'XXXX-WXX',
  weekend: 'XXXX-WXX-WE',
  month: 'XXXX-XX',
  quarter: 'XXXX-QX',
  half: 'XXXX-HX',
  year: 'XXXX',
  decade: 'XXXX',
  century: 'XXXX',
};

/**
 * A TimeML value with its year beyond what the model holds (`10000-03-24`, `-6202`,
 * `NaN-03`) written with the year unknown (`XXXX-03-24`); any other value as it is.
 *
 * @example withinModelYears('10000-03-24') // 'XXXX-03-24'
 */
export function withinModelYears(value: string): string {
  const year = /^(-?\d+|NaN)(?=$|[-T])/.exec(value);
  if (!year || year[1]!.length < 4) return value;
  return isModelYear(Number(year[1])) && !year[1]!.startsWith('-')
    ? value
    : `XXXX${value.slice(year[1]!.length)}`;
}

/**
 * A value at hour 24 (how the clock step reads "midnight": the end of its day) written
 * with hour 00, since iCalendar and ISO 8601 readers refuse hour 24: the first moment of
 * the next day, or of the same day when `atStart` (a midnight already past, which began
 * the day). Any other value as it is.
 *
 * @example midnightAsDayStart('2012-03-03T24:00', false) // '2012-03-04T00:00'
 * @example midnightAsDayStart('2012-03-03T24:00', true) // '2012-03-03T00:00'
 */
export function midnightAsDayStart(value: string, atStart: boolean): string {
  const m = /^(.*)T24(:\d{2}.*)$/.exec(value);
  if (!m) return value;
  const day = parseDay(m[1]!);
  const dayValue = day && !atStart ? valueAt(addDays(day, 1), 'day') : m[1]!;
  return `${dayValue}T00${m[2]!}`;
}

/** `date` moved by `n` units ("last month" is −1 month). */
export function shift(date: Date, unit: Unit, n: number): Date {
  switch (unit) {
    case 'day':
      return addDays(date, n);
    case 'week':
    case 'weekend':
      return addWeeks(date, n);
    case 'month':
      return addMonths(date, n);
    case 'quarter':
      return addQuarters(date, n);
    case 'half':
      return addMonths(date, 6 * n);
    case 'year':
      return addYears(date, n);
    case 'decade':
      return addYears(date, 10 * n);
    case 'century':
      return addYears(date, 100 * n);
  }
}

/**
 * How far against its tense a year-less date may lie, in days. A day named with a past
 * verb may still be a few weeks ahead ("the offer was extended to Nov. 20" in a late
 * October paper), but a month named with a past verb has begun ("December's violence"
 * in February is last December). A quarter spoken of in the future may have just
 * ended: results are reported after the quarter closes.
 */
export interface Leeway {
  /** Days after the reference a past-tense date may start. */
  ahead: number;
  /** Days before the reference a future-tense date may end. */
  back: number;
}

export const DAY_LEEWAY: Leeway = { ahead: 60, back: 60 };
export const MONTH_LEEWAY: Leeway = { ahead: 0, back: 0 };
export const QUARTER_LEEWAY: Leeway = { ahead: 0, back: 100 };
/** A day known to have come already ("the Jan. 6 attack"): today at the latest. */
export const PAST_DAY_LEEWAY: Leeway = { ahead: 0, back: 60 };

/**
 * Picks among the same period in the reference year and the years around it: the
 * nearest to the reference among those the tense allows (past: begun, give or take
 * the leeway; future: not yet over, give or take the leeway). A period holding the
 * reference is at distance zero. (Three candidates: nothing worth remembering.)
 */
function nearestYear(
  reference: Date,
  tense: Tense,
  bounds: (year: number) => { start: Date; end: Date },
  leeway: Leeway,
): number {
  // Each candidate's bounds and distance are worked out once: this runs for every
  // year-less date the engine reads.
  const candidates = [0, -1, 1].map((offset) => {
    const year = reference.getFullYear() + offset;
    const { start, end } = bounds(year);
    return { year, start, end };
  });
  const allowed = candidates.filter(({ start, end }) => {
    if (tense === 'past') return calendarDaysBetween(start, reference) <= leeway.ahead;
    if (tense === 'future') return calendarDaysBetween(reference, end) < leeway.back + 1;
    return true;
  });
  let best: { year: number; distance: number } | undefined;
  for (const { year, start, end } of allowed.length > 0 ? allowed : candidates.slice(0, 1)) {
    const distance =
      start > reference
        ? calendarDaysBetween(start, reference)
        : end <= reference
          ? calendarDaysBetween(reference, end) + 1
          : 0;
    if (!best || distance < best.distance) best = { year, distance };
  }
  return best!.year;
}

/**
 * The year of a year-less calendar period (a month, quarter, season) seen from
 * `reference`. The period starts `startMonth` months (0-based, may be negative or
 * past 11) into its year and lasts `months` months. The nearest one the tense allows
 * wins (see `nearestYear`): "December" in a past clause of a February paper is last
 * December; "January" ahead of a December paper is next January. `which` "last"/"next"/"this" decides outright: the latest wholly
 * over, the first not yet begun, the one of the reference year. `leeway` defaults to
 * that of a quarter for periods of three months or more (results are told after the
 * quarter closes); a season passes `MONTH_LEEWAY`, since "will be released in the
 * summer" in September is next summer.
 *
 * @example yearForPeriod(11, 1, new Date(2012, 1, 27), 'past') // 2011
 */
export function yearForPeriod(
  startMonth: number,
  months: number,
  reference: Date,
  tense: Tense,
  which?: 'last' | 'next' | 'this',
  leeway: Leeway = months >= 3 ? QUARTER_LEEWAY : MONTH_LEEWAY,
): number {
  const y = reference.getFullYear();
  const start = (year: number): Date => localDay(year, startMonth, 1);
  const end = (year: number): Date => localDay(year, startMonth + months, 1);
  if (which === 'this') return y;
  if (which === 'last') return end(y) <= reference ? y : y - 1;
  if (which === 'next') return start(y) > reference ? y : y + 1;
  return nearestYear(reference, tense, (year) => ({ start: start(year), end: end(year) }), leeway);
}

/**
 * The year of a year-less day ("March 24"), the nearest the tense allows, with a few
 * weeks' leeway (see `DAY_LEEWAY`). A stated weekday ("Monday, Oct. 26") settles it when
 * only one of the years fits.
 *
 * @example yearForDay(1, 3, new Date(2011, 11, 20), 'future') // 2012
 */
export function yearForDay(
  month: number,
  day: number,
  reference: Date,
  tense: Tense,
  weekday?: number,
  leeway: Leeway = DAY_LEEWAY,
): number {
  const y = reference.getFullYear();
  const on = (year: number): Date => localDay(year, month - 1, day);
  if (weekday !== undefined) {
    const fitting = [y, y - 1, y + 1].filter((year) => on(year).getDay() === weekday);
    if (fitting.length === 1) return fitting[0]!;
  }
  return nearestYear(
    reference,
    tense,
    (year) => ({ start: on(year), end: addDays(on(year), 1) }),
    leeway,
  );
}

/**
 * Reads back a TimeML date value as its first day and precision:
 * `2012-02-25` (with or without a time) → day, `2012-W08` (or its weekend) → week,
 * `2012-Q1` → quarter, `2012` → year, `199` (or `199X`) → decade, `19` (or the older
 * `19XX`) → century; `BC0499` → 499 BC. A season, and a day the calendar lacks, give
 * `undefined`. The value is read by `parseTimemlDate`, the engine's one reader of them.
 */
export function parseValue(value: string): { date: Date; unit: Unit } | undefined {
  const d = parseTimemlDate(value);
  if (!d) return undefined;
  switch (d.unit) {
    case 'minute':
    case 'part-of-day':
    case 'day': {
      const date = localDay(d.year, d.month! - 1, d.day!);
      const real = date.getMonth() === d.month! - 1 && date.getDate() === d.day;
      return real ? { date, unit: 'day' } : undefined;
    }
    case 'week':
    case 'weekend':
      return { date: isoWeekStart(d.year, d.week!), unit: 'week' };
    case 'month':
      return { date: localDay(d.year, d.month! - 1, 1), unit: 'month' };
    case 'quarter':
      return { date: localDay(d.year, (d.quarter! - 1) * 3, 1), unit: 'quarter' };
    case 'half':
      return { date: localDay(d.year, (d.half! - 1) * 6, 1), unit: 'half' };
    case 'year':
    case 'decade':
    case 'century':
      return { date: localDay(d.year, 0, 1), unit: d.unit };
    case 'season':
      return undefined;
  }
}

/**
 * The date of a weekday named without a date, seen from `reference`: past → the most
 * recent one (the reference day itself counts: "said Friday" in a Friday paper);
 * future → the next one (again counting the day itself); unknown → as past, since
 * news reports what happened; present → the nearest (ties go to the past).
 * `which` ("last"/"next"/"this") overrides the tense.
 */
export function weekdayDate(
  weekday: number,
  reference: Date,
  tense: Tense,
  which?: 'last' | 'next' | 'this',
): Date {
  const today = reference.getDay();
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  if (which === 'last') return addDays(reference, -(back === 0 ? 7 : back));
  if (which === 'next') return addDays(reference, ahead === 0 ? 7 : ahead);
  if (tense === 'future') return addDays(reference, ahead);
  // News reports what happened: without a tense to say otherwise, the last one.
  if (tense === 'past' || tense === 'unknown') return addDays(reference, -back);
  return ahead < back ? addDays(reference, ahead) : addDays(reference, -back);
}

/** The first month of a TimeML season (winter counted from December). */
