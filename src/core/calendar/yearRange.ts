import { isValid } from 'date-fns';

/*
 * The years a date of the model can hold: a date point's value starts with four digits
 * (`YYYY`), so years 0000–9999 (0000 is 1 BC, as ISO 8601 counts). A date computed
 * outside them ("1,000,000,000 days earlier", two days after 31 December 9999) is not
 * written with a fifth digit, a lost sign or "Invalid Date": the caller leaves it undated.
 */

export const FIRST_YEAR = 0;
export const LAST_YEAR = 9999;

/** Whether `year` is a whole year the model can write. */
export function isModelYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** Whether `date` is a valid date in a year the model can write. */
export function isModelDate(date: Date): boolean {
  return isValid(date) && isModelYear(date.getFullYear());
}

/**
 * Local midnight of a calendar day, for any year: the `Date` constructor (and `Date.UTC`)
 * read years 0–99 as 1900–1999, so the year is set apart. Month and day may overflow as
 * with the constructor (month 12 is January of the next year).
 *
 * @example localDay(50, 0, 1).getFullYear() // 50, not 1950
 */
export function localDay(year: number, monthIndex: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  return date;
}

/** The same at UTC midnight. */
export function utcDay(year: number, monthIndex: number, day: number): Date {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * `YYYY-MM-DD` of a local date, or undefined when the model cannot hold it.
 *
 * @example dayValue(localDay(2012, 2, 3)) // '2012-03-03'
 */
export function dayValue(date: Date): string | undefined {
  if (!isModelDate(date)) return undefined;
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** `YYYY-MM-DDTHH:mm` of a local date and time, or undefined when the model cannot hold it. */
export function minuteValue(date: Date): string | undefined {
  const day = dayValue(date);
  if (day === undefined) return undefined;
  return `${day}T${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}`;
}

/**
 * Calendar days from the day of `b` to the day of `a` (local dates; times of day do not
 * count), as date-fns's `differenceInCalendarDays` gives it. Counted on the proleptic
 * Gregorian calendar by arithmetic alone: the date engine asks this for every date
 * without a year, and building dates to subtract them was a measurable part of its time.
 *
 * @example calendarDaysBetween(localDay(2012, 2, 1), localDay(2012, 1, 28)) // 2
 */
export function calendarDaysBetween(a: Date, b: Date): number {
  return (
    dayNumber(a.getFullYear(), a.getMonth() + 1, a.getDate()) -
    dayNumber(b.getFullYear(), b.getMonth() + 1, b.getDate())
  );
}

/** Days since 1 March of year 0 (any fixed origin would do): the civil-to-days count. */
function dayNumber(year: number, month: number, day: number): number {
  // Counted from March, so that the leap day ends a year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra;
}
