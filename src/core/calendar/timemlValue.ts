import { setISOWeek, startOfISOWeek } from 'date-fns';
import { localDay } from './yearRange.ts';

/*
 * The one reader of TimeML date values (`2012-02-27`, `2012-W08`, `BC0499`, `199`):
 * what the engine writes, read back by the date engine (to count from an earlier
 * date) and by the event builder (to place an event on the timeline).
 */

/** What a TimeML date value names, finest first. */
export type TimemlUnit =
  | 'minute'
  | 'part-of-day'
  | 'day'
  | 'weekend'
  | 'week'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century';

export type SeasonCode = 'SP' | 'SU' | 'FA' | 'WI';

/** The fields of a TimeML date value, as written (nothing is checked against a calendar). */
export interface TimemlDate {
  unit: TimemlUnit;
  /**
   * The year as a signed full year: 499 BC is −499 (`BC0499`). For a decade or a
   * century, its first year (`199` → 1990, `19` → 1900, `BC047` → −470).
   */
  year: number;
  /** The value was written before the era (`BC…`). */
  bc: boolean;
  /** 1–12. */
  month?: number;
  /** 1–31. */
  day?: number;
  /** ISO week, 1–53. */
  week?: number;
  quarter?: number;
  half?: number;
  season?: SeasonCode;
  hour?: number;
  minute?: number;
  second?: number;
  /** `MO`, `AF`, `EV`, `NI`, … */
  partOfDay?: string;
}

const DATE =
  /^(BC)?(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(?:(\d{2}):(\d{2})(?::(\d{2}))?|([A-Z]{2})))?)?|-W(\d{2})(-WE)?|-Q([1-4])|-H([12])|-(SP|SU|FA|WI))?$/;
/** A decade by its leading digits (`199`; older data writes `199X`). */
const DECADE = /^(BC)?(\d{3})X?$/;
/** A century by its leading digits (`19`; older data writes `19XX`). */
const CENTURY = /^(BC)?(\d{2})(?:XX)?$/;

/**
 * Reads a TimeML date value into its fields; `undefined` for values that date nothing
 * on their own (`PRESENT_REF`, `XXXX-06`, `T12:00`, a duration).
 *
 * @example parseTimemlDate('2012-02-27T14:30') // { unit: 'minute', year: 2012, month: 2, day: 27, hour: 14, minute: 30, bc: false }
 * @example parseTimemlDate('BC0499') // { unit: 'year', year: -499, bc: true }
 * @example parseTimemlDate('199') // { unit: 'decade', year: 1990, bc: false }
 */
export function parseTimemlDate(value: string): TimemlDate | undefined {
  const m = DATE.exec(value);
  if (m) return dateOf(m);
  const decade = DECADE.exec(value);
  if (decade) return { unit: 'decade', ...signed(decade[1], Number(decade[2]) * 10) };
  const century = CENTURY.exec(value);
  if (century) return { unit: 'century', ...signed(century[1], Number(century[2]) * 100) };
  return undefined;
}

function signed(bc: string | undefined, year: number): { year: number; bc: boolean } {
  return bc ? { year: -year, bc: true } : { year, bc: false };
}

function dateOf(m: RegExpExecArray): TimemlDate {
  const [, bc, year, month, day, hour, minute, second, part, week, weekend, q, h, season] = m;
  const d: TimemlDate = { unit: 'year', ...signed(bc, Number(year)) };
  if (week !== undefined) {
    d.week = Number(week);
    d.unit = weekend ? 'weekend' : 'week';
  } else if (q !== undefined) {
    d.quarter = Number(q);
    d.unit = 'quarter';
  } else if (h !== undefined) {
    d.half = Number(h);
    d.unit = 'half';
  } else if (season !== undefined) {
    d.season = season as SeasonCode;
    d.unit = 'season';
  } else if (month !== undefined) {
    d.month = Number(month);
    d.unit = 'month';
    if (day !== undefined) {
      d.day = Number(day);
      d.unit = 'day';
      if (hour !== undefined) {
        d.hour = Number(hour);
        d.minute = Number(minute);
        if (second !== undefined) d.second = Number(second);
        d.unit = 'minute';
      } else if (part !== undefined) {
        d.partOfDay = part;
        d.unit = 'part-of-day';
      }
    }
  }
  return d;
}

/** First month (1–12) of each season, as the model stores a season: spring is March. */
export const SEASON_FIRST_MONTH: Readonly<Record<SeasonCode, number>> = {
  SP: 3,
  SU: 6,
  FA: 9,
  WI: 12,
};

/** The Monday starting ISO week `week` of `year` (4 January is always in week 1). */
export function isoWeekStart(year: number, week: number): Date {
  return startOfISOWeek(setISOWeek(localDay(year, 0, 4), week));
}
