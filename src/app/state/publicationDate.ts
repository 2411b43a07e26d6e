import { utcDay } from '../../core/calendar/yearRange.ts';

export type PublicationDateCheck = { ok: true; value: string } | { ok: false; message: string };

/**
 * True for `YYYY-MM-DD` naming a real calendar day. The same rule as the model's
 * `IsoDaySchema`, checked by hand so that the page's first script does not carry zod
 * (a unit test keeps the two in step).
 */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = utcDay(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Checks what the user typed as the publication date. The engine reads every relative
 * date against it, so only a real calendar day with a four-digit year is accepted.
 *
 * @example checkPublicationDate('2012-02-27') // { ok: true, value: '2012-02-27' }
 * @example checkPublicationDate('') // { ok: false, message: 'Enter a complete publication date: ...' }
 */
export function checkPublicationDate(input: string): PublicationDateCheck {
  const value = input.trim();
  if (value === '') {
    return { ok: false, message: 'Enter a complete publication date: day, month and year.' };
  }
  // A date field passes intermediate years such as 0002 while someone types "2012".
  if (!isCalendarDay(value) || Number(value.slice(0, 4)) < 1000) {
    return {
      ok: false,
      message: `“${value}” is not a calendar date. Use a day such as 2012-02-27.`,
    };
  }
  return { ok: true, value };
}
