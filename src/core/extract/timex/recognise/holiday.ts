import { addDays } from 'date-fns';
import { localDay } from '../../../calendar/yearRange.ts';
import { HOLIDAY_LEADS, HOLIDAY_NAMES, occurrenceOf } from '../../lexicon/en/index.ts';
import { eitherApostrophe, wordsInOrder } from '../../lexicon/pattern.ts';
import type { Recogniser } from '../types.ts';
import { bounds, scanIfHas } from './scan.ts';

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

/** The date of each holiday the lexicon names, by its id. */
const DATES: Readonly<Record<string, HolidayDate>> = {
  'new-year': fixed(1, 1),
  'new-year-eve': fixed(12, 31),
  valentine: fixed(2, 14),
  'st-patrick': fixed(3, 17),
  'us-independence': fixed(7, 4),
  bastille: fixed(7, 14),
  halloween: fixed(10, 31),
  armistice: fixed(11, 11),
  'christmas-eve': fixed(12, 24),
  christmas: fixed(12, 25),
  'boxing-day': fixed(12, 26),
  mlk: nthWeekday(3, 1, 1),
  presidents: nthWeekday(3, 1, 2),
  'us-memorial': nthWeekday(-1, 1, 5),
  'us-labor': nthWeekday(1, 1, 9),
  columbus: nthWeekday(2, 1, 10),
  thanksgiving: nthWeekday(4, 4, 11),
  'us-election': electionDay,
  'black-friday': fromThanksgiving(1),
  'cyber-monday': fromThanksgiving(4),
  'us-mothers': nthWeekday(2, 0, 5),
  'us-fathers': nthWeekday(3, 0, 6),
  juneteenth: fixed(6, 19),
  'may-day': fixed(5, 1),
  canada: fixed(7, 1),
  australia: fixed(1, 26),
  anzac: fixed(4, 25),
  'us-inauguration': fixed(1, 20),
  'shrove-tuesday': fromEaster(-47),
  'ash-wednesday': fromEaster(-46),
  'palm-sunday': fromEaster(-7),
  'maundy-thursday': fromEaster(-3),
  'good-friday': fromEaster(-2),
  easter: fromEaster(0),
  'easter-monday': fromEaster(1),
};

/** Holiday ids by lower-case name, straight apostrophes: "new year's day" → 'new-year'. */
const BY_NAME: ReadonlyMap<string, string> = new Map(
  [...HOLIDAY_NAMES].map(([name, id]) => [name.toLowerCase(), id]),
);

const NAME = eitherApostrophe(wordsInOrder(HOLIDAY_NAMES.keys()));

const PATTERN = new RegExp(
  `\\b(?:(${wordsInOrder(HOLIDAY_LEADS)}) )?(${NAME})\\b(?:,? ((?:1[0-9]|20)\\d\\d)\\b)?`,
  'g',
);

/** What every match of PATTERN holds: a holiday's name. Most texts name none. */
const NAMED = new RegExp(NAME);

/**
 * Holidays with a known date: "Christmas", "Thanksgiving" (fourth Thursday of
 * November), "Easter" (computed), "Election Day". The year is read like a month's.
 */
export const holiday: Recogniser = {
  name: 'holiday',
  find: ({ text }) =>
    scanIfHas(text, NAMED, PATTERN, (m) => {
      const { start, end } = bounds(m);
      const id = BY_NAME.get((m[2] ?? '').toLowerCase().replace(/’/g, "'"));
      const dateIn = id === undefined ? undefined : DATES[id];
      if (!dateIn) return undefined;
      const which = occurrenceOf(m[1]);
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
