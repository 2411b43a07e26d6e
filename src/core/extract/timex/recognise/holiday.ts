import { addDays } from 'date-fns';
import { localDay } from '../../../calendar/yearRange.ts';
import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

/** Month and day of a holiday in a given year. */
type HolidayDate = (year: number) => { month: number; day: number };

const fixed =
  (month: number, day: number): HolidayDate =>
  () => ({ month, day });

/** The `n`th `weekday` of `month` (n = -1: the last one). */
const nthWeekday =
  (n: number, weekday: number, month: number): HolidayDate =>
  (year) => {
    if (n > 0) {
      const first = localDay(year, month - 1, 1).getDay();
      return { month, day: 1 + ((weekday - first + 7) % 7) + (n - 1) * 7 };
    }
    const lastDay = localDay(year, month, 0);
    return { month, day: lastDay.getDate() - ((lastDay.getDay() - weekday + 7) % 7) };
  };

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return localDay(year, month - 1, day);
}

const fromEaster =
  (offset: number): HolidayDate =>
  (year) => {
    const date = addDays(easter(year), offset);
    return { month: date.getMonth() + 1, day: date.getDate() };
  };

/** Days counted from US Thanksgiving: Black Friday (+1), Cyber Monday (+4). */
const fromThanksgiving =
  (offset: number): HolidayDate =>
  (year) => {
    const { day } = nthWeekday(4, 4, 11)(year);
    const date = addDays(localDay(year, 10, day), offset);
    return { month: date.getMonth() + 1, day: date.getDate() };
  };

/** US Election Day: the Tuesday after the first Monday of November. */
const electionDay: HolidayDate = (year) => {
  const monday = nthWeekday(1, 1, 11)(year);
  return { month: 11, day: monday.day + 1 };
};

const HOLIDAYS: Readonly<Record<string, HolidayDate>> = {
  "new year's day": fixed(1, 1),
  "new year's eve": fixed(12, 31),
  "valentine's day": fixed(2, 14),
  "st. patrick's day": fixed(3, 17),
  'independence day': fixed(7, 4),
  'bastille day': fixed(7, 14),
  halloween: fixed(10, 31),
  'veterans day': fixed(11, 11),
  'armistice day': fixed(11, 11),
  'christmas eve': fixed(12, 24),
  'christmas day': fixed(12, 25),
  christmas: fixed(12, 25),
  'boxing day': fixed(12, 26),
  'martin luther king day': nthWeekday(3, 1, 1),
  "presidents' day": nthWeekday(3, 1, 2),
  'memorial day': nthWeekday(-1, 1, 5),
  'labor day': nthWeekday(1, 1, 9),
  'columbus day': nthWeekday(2, 1, 10),
  'thanksgiving day': nthWeekday(4, 4, 11),
  thanksgiving: nthWeekday(4, 4, 11),
  'election day': electionDay,
  'black friday': fromThanksgiving(1),
  'cyber monday': fromThanksgiving(4),
  "mother's day": nthWeekday(2, 0, 5),
  "father's day": nthWeekday(3, 0, 6),
  juneteenth: fixed(6, 19),
  'may day': fixed(5, 1),
  'remembrance day': fixed(11, 11),
  'canada day': fixed(7, 1),
  'australia day': fixed(1, 26),
  'anzac day': fixed(4, 25),
  'inauguration day': fixed(1, 20),
  'shrove tuesday': fromEaster(-47),
  'ash wednesday': fromEaster(-46),
  'palm sunday': fromEaster(-7),
  'maundy thursday': fromEaster(-3),
  'good friday': fromEaster(-2),
  'easter sunday': fromEaster(0),
  easter: fromEaster(0),
  'easter monday': fromEaster(1),
};

const PATTERN =
  /\b(?:(last|next|this) )?(New Year['’]s (?:Day|Eve)|Valentine['’]s Day|St\. Patrick['’]s Day|Independence Day|Bastille Day|Halloween|Veterans Day|Armistice Day|Christmas(?: Eve| Day)?|Boxing Day|Martin Luther King(?: Jr\.)? Day|Presidents['’] Day|Memorial Day|Labor Day|Columbus Day|Thanksgiving(?: Day)?|Election Day|Black Friday|Cyber Monday|Mother['’]s Day|Father['’]s Day|Juneteenth|May Day|Remembrance Day|Canada Day|Australia Day|Anzac Day|Inauguration Day|Shrove Tuesday|Ash Wednesday|Palm Sunday|Maundy Thursday|Good Friday|Easter(?: Sunday| Monday)?)\b(?:,? ((?:1[0-9]|20)\d\d)\b)?/g;

/**
 * Holidays with a known date: "Christmas", "Thanksgiving" (fourth Thursday of
 * November), "Easter" (computed), "Election Day". The year is read like a month's.
 */
export const holiday: Recogniser = {
  name: 'holiday',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      const key = (m[2] ?? '').toLowerCase().replace(/’/g, "'").replace(' jr.', '');
      const dateIn = HOLIDAYS[key];
      if (!dateIn) return undefined;
      const which = m[1] as 'last' | 'next' | 'this' | undefined;
      return {
        start,
        end,
        type: 'DATE',
        meaning: {
          kind: 'calendar',
          holiday: dateIn,
          year: m[3] === undefined ? undefined : Number(m[3]),
          which,
        },
        rule: 'holiday',
      };
    }),
};
