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
