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
    const day = dayMonthYear(start.value);
    const prefix = start.approximate ? 'about ' : '';
    const endPrefix = end.approximate ? 'about ' : '';
    return `${prefix}${day}, ${timeOf(start)}–${endPrefix}${timeOf(end)}`;
  }

  // Day spans share the year (and month) where they can: "25 February – about 11 March 2012".
  if (isDayLike(start) && isDayLike(end)) {
    const sameYear = start.value.slice(0, 4) === end.value.slice(0, 4);
    const sameMonth = sameYear && start.value.slice(5, 7) === end.value.slice(5, 7);
    const startWords = sameMonth
      ? String(dayOf(start.value))
      : sameYear
        ? `${dayOf(start.value)} ${monthName(start.value)}`
        : dayMonthYear(start.value);
    return `${approx(start)}${startWords} – ${approx(end)}${dayMonthYear(end.value)}`;
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
      return `${monthName(point.value)} ${year}`;
    case 'week':
      return `week of ${dayMonthYear(point.value)}`;
    case 'day':
      return dayMonthYear(point.value);
    case 'minute':
      return `${dayMonthYear(point.value)}, ${timeOf(point)}`;
  }
}

/*
 * The words are read off the value's own fields (`2012-02-25T14:00`), which the model
 * keeps valid: no Date is built, so no time zone can shift a clock time (a minute in a
 * daylight-saving gap stays as written), and the engine, which describes every date it
 * reads, does not pay for a general formatter.
 */
/** The months' English names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function monthName(value: string): string {
  return MONTH_NAMES[Number(value.slice(5, 7)) - 1] ?? value.slice(5, 7);
}

function dayOf(value: string): number {
  return Number(value.slice(8, 10));
}

/** "25 February 2012" from a value that holds a day. */
function dayMonthYear(value: string): string {
  return `${dayOf(value)} ${monthName(value)} ${value.slice(0, 4)}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
