import { addDays, addMinutes, addMonths, addWeeks, addYears, parseISO } from 'date-fns';
import type { DatePoint, EventDate } from '../model/index.ts';
import { localDay } from './yearRange.ts';

/** The stretch of time an event date covers, as local `Date`s, end exclusive. */
export interface Interval {
  start: Date;
  end: Date;
  /** True when the text gave a single day or moment (drawn as a point, not a bar). */
  isPoint: boolean;
}

/** First moment a date point covers. */
export function pointStart(point: DatePoint): Date {
  const v = point.value;
  if (v.length === 4) return localDay(Number(v), 0, 1);
  if (v.length === 7) return parseISO(`${v}-01`);
  return parseISO(v);
}

/** The moment just after a date point ends (exclusive), by its precision. */
export function pointEnd(point: DatePoint): Date {
  const start = pointStart(point);
  switch (point.precision) {
    case 'century':
      return addYears(start, 100);
    case 'decade':
      return addYears(start, 10);
    case 'year':
      return addYears(start, 1);
    case 'quarter':
    case 'season':
      return addMonths(start, 3);
    case 'month':
      return addMonths(start, 1);
    case 'week':
      return addWeeks(start, 1);
    case 'day':
      return addDays(start, 1);
    case 'minute':
      return addMinutes(start, 1);
  }
}

/**
 * The interval an event date covers: from the start of its first point to the end of
 * its last. "January 2012" covers the whole month; "25 February" is a point.
 *
 * @example eventInterval({ start: { value: '2012-01', precision: 'month', approximate: false } })
 * // { start: 2012-01-01, end: 2012-02-01, isPoint: false }
 */
export function eventInterval(date: Pick<EventDate, 'start' | 'end'>): Interval {
  const start = pointStart(date.start);
  if (date.end) {
    const endPoint = date.end;
    // A clock time as the end means "until then", not "until the end of that minute".
    const end = endPoint.precision === 'minute' ? pointStart(endPoint) : pointEnd(endPoint);
    return { start, end: end > start ? end : pointEnd(date.start), isPoint: false };
  }
  const isPoint = date.start.precision === 'day' || date.start.precision === 'minute';
  return { start, end: pointEnd(date.start), isPoint };
}

/** Orders event dates chronologically: by start, then the shorter first. */
export function compareEventDates(
  a: Pick<EventDate, 'start' | 'end'>,
  b: Pick<EventDate, 'start' | 'end'>,
): number {
  const ia = eventInterval(a);
  const ib = eventInterval(b);
  return ia.start.getTime() - ib.start.getTime() || ia.end.getTime() - ib.end.getTime();
}
