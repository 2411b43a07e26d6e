import { format, parseISO } from 'date-fns';
import type { DatePoint, EventDate } from '../model/index.ts';

/**
 * A date point in words, at its precision.
 *
 * @example describePoint({ value: '2012-01', precision: 'month', approximate: false }) // 'January 2012'
 */
export function describePoint(point: DatePoint): string {
  const words = pointWords(point);
  return point.approximate ? `about ${words}` : words;
}

/**
 * An event date in words, as the detail panel and exports show it.
 *
 * @example
 * describeEventDate(span('2012-02-25', '2012-03-11', { endApprox: true }))
 * // '25 February – about 11 March 2012'
 * describeEventDate(span('2012-02-25T12:00', '2012-02-25T14:00'))
 * // '25 February 2012, 12:00–14:00'
 */
export function describeEventDate(date: Pick<EventDate, 'start' | 'end'>): string {
  const { start, end } = date;
  if (!end || end.value === start.value) return describePoint(start);

  // Same day, both with clock times: "25 February 2012, 12:00–14:00".
  if (start.precision === 'minute' && end.precision === 'minute' && sameDay(start, end)) {
    const day = format(parseISO(start.value), 'd MMMM yyyy');
    const prefix = start.approximate ? 'about ' : '';
    const endPrefix = end.approximate ? 'about ' : '';
    return `${prefix}${day}, ${timeOf(start)}–${endPrefix}${timeOf(end)}`;
  }

  // Day spans share the year (and month) where they can: "25 February – about 11 March 2012".
  if (isDayLike(start) && isDayLike(end)) {
    const s = parseISO(start.value.slice(0, 10));
    const e = parseISO(end.value.slice(0, 10));
    const sameYear = s.getFullYear() === e.getFullYear();
    const sameMonth = sameYear && s.getMonth() === e.getMonth();
    const startWords = sameMonth
      ? format(s, 'd')
      : sameYear
        ? format(s, 'd MMMM')
        : format(s, 'd MMMM yyyy');
    return `${approx(start)}${startWords} – ${approx(end)}${format(e, 'd MMMM yyyy')}`;
  }

  return `${describePoint(start)} – ${describePoint(end)}`;
}

function approx(point: DatePoint): string {
  return point.approximate ? 'about ' : '';
}

function isDayLike(point: DatePoint): boolean {
  return point.precision === 'day' || point.precision === 'minute';
}

function sameDay(a: DatePoint, b: DatePoint): boolean {
  return a.value.slice(0, 10) === b.value.slice(0, 10);
}

function timeOf(point: DatePoint): string {
  return point.value.slice(11, 16);
}

const SEASONS = ['winter', 'spring', 'summer', 'autumn'] as const;

function pointWords(point: DatePoint): string {
  const year = point.value.slice(0, 4);
  switch (point.precision) {
    case 'century':
      return `the ${ordinal(Math.floor(Number(year) / 100) + 1)} century`;
    case 'decade':
      return `the ${year.slice(0, 3)}0s`;
    case 'year':
      return year;
    case 'quarter': {
      const month = Number(point.value.slice(5, 7) || '1');
      return `${ordinal(Math.floor((month - 1) / 3) + 1)} quarter of ${year}`;
    }
    case 'season': {
      // Seasons are stored by their first month: Dec/Mar/Jun/Sep (northern hemisphere).
      const month = Number(point.value.slice(5, 7) || '1');
      return `${SEASONS[Math.floor((month % 12) / 3)] ?? 'season'} ${year}`;
    }
    case 'month':
      return format(parseISO(`${point.value.slice(0, 7)}-01`), 'MMMM yyyy');
    case 'week':
      return `week of ${format(parseISO(point.value.slice(0, 10)), 'd MMMM yyyy')}`;
    case 'day':
      return format(parseISO(point.value.slice(0, 10)), 'd MMMM yyyy');
    case 'minute':
      return format(parseISO(point.value), 'd MMMM yyyy, HH:mm');
  }
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
