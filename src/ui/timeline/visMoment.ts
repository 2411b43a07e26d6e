/**
 * The part of moment.js that vis-timeline uses, in English and local time, built on the
 * native `Date`. The builds alias `moment` to this module (see vite.shared.ts): moment
 * itself is about 20 KB gzip of the reader's budget, and vis-timeline is the only code that
 * asks for it (our own dates go through date-fns). Behaviour follows moment 2.31 for every
 * call vis-timeline makes (getters and setters, add/subtract, startOf/endOf, isSame, diff,
 * the format tokens of its axis labels and tooltips); visMoment.test.ts checks it against
 * moment itself. Anything else throws, so a new vis-timeline that needs more fails loudly.
 */

import { MONTH_NAMES } from '../../core/calendar/describeDate.ts';

const DAY = 86_400_000;

type Unit = 'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const UNITS: Record<string, Unit> = {
  ms: 'millisecond',
  s: 'second',
  m: 'minute',
  h: 'hour',
  d: 'day',
  date: 'day',
  w: 'week',
  M: 'month',
  y: 'year',
};
for (const unit of [
  'millisecond',
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
] as const) {
  UNITS[unit] = unit;
  UNITS[`${unit}s`] = unit;
}

function unitOf(name: string): Unit {
  const unit = UNITS[name];
  if (!unit) throw new Error(`visMoment: unsupported unit "${name}"`);
  return unit;
}

const MS_OF: Partial<Record<Unit, number>> = {
  millisecond: 1,
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
};

const MONTHS = MONTH_NAMES;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const mod = (n: number, x: number) => ((n % x) + x) % x;
/** Rounds half away from zero, as moment rounds the days and months it adds. */
const absRound = (n: number) => (n < 0 ? -Math.round(-n) : Math.round(n));

function daysInMonth(year: number, month: number): number {
  const m = mod(month, 12);
  const y = year + (month - m) / 12;
  return m === 1 ? (isLeapYear(y) ? 29 : 28) : 31 - ((m % 7) % 2);
}

/** `n` with at least `width` digits, a minus sign before them when negative. */
function zeroFill(n: number, width: number): string {
  const digits = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${digits}` : digits;
}

function ordinal(n: number): string {
  const tens = Math.floor((n % 100) / 10);
  const last = n % 10;
  const suffix =
    tens === 1 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** Days before week 1 in the English locale (weeks start on Sunday; week 1 holds 1 January). */
function firstWeekOffset(year: number): number {
  const firstDay = new Date(Date.UTC(year, 0, 1));
  firstDay.setUTCFullYear(year);
  return -firstDay.getUTCDay();
}

function weeksInYear(year: number): number {
  const days = isLeapYear(year) ? 366 : 365;
  return (days - firstWeekOffset(year) + firstWeekOffset(year + 1)) / 7;
}

function offsetText(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${zeroFill(Math.floor(abs / 60), 2)}${separator}${zeroFill(abs % 60, 2)}`;
}

const TOKENS =
  /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|ww|w|A|a|ZZ|Z/g;

export type MomentInput = VisMoment | Date | number | string | null | undefined;

export class VisMoment {
  private readonly d: Date;

  constructor(time: number) {
    this.d = new Date(time);
  }

  valueOf(): number {
    return this.d.getTime();
  }
  toDate(): Date {
    return new Date(this.d.getTime());
  }
  clone(): VisMoment {
    return new VisMoment(this.valueOf());
  }
  toISOString(): string {
    return this.d.toISOString();
  }
  isValid(): boolean {
    return !Number.isNaN(this.valueOf());
  }
  /** Only English is drawn: `locale('en')` keeps the date, `locale()` names it. */
  locale(): string;
  locale(name: string): VisMoment;
  locale(name?: string): string | VisMoment {
    return name === undefined ? 'en' : this;
  }
  lang(name?: string): string | VisMoment {
    return name === undefined ? 'en' : this;
  }

  year(): number;
  year(value: number): VisMoment;
  year(value?: number): number | VisMoment {
    if (value === undefined) return this.d.getFullYear();
    if (Number.isNaN(value) || !this.isValid()) return this;
    const month = this.d.getMonth();
    const date = this.d.getDate();
    this.d.setFullYear(value, month, date === 29 && month === 1 && !isLeapYear(value) ? 28 : date);
    return this;
  }

  month(): number;
  month(value: number): VisMoment;
  month(value?: number): number | VisMoment {
    if (value === undefined) return this.d.getMonth();
    if (!this.isValid()) return this;
    this.d.setMonth(value, Math.min(this.d.getDate(), daysInMonth(this.d.getFullYear(), value)));
    return this;
  }

  date(): number;
  date(value: number): VisMoment;
  date(value?: number): number | VisMoment {
    return this.field('Date', value);
  }
  hours(): number;
  hours(value: number): VisMoment;
  hours(value?: number): number | VisMoment {
    return this.field('Hours', value);
  }
  minutes(): number;
  minutes(value: number): VisMoment;
  minutes(value?: number): number | VisMoment {
    return this.field('Minutes', value);
  }
  seconds(): number;
  seconds(value: number): VisMoment;
  seconds(value?: number): number | VisMoment {
    return this.field('Seconds', value);
  }
  milliseconds(): number;
  milliseconds(value: number): VisMoment;
  milliseconds(value?: number): number | VisMoment {
    return this.field('Milliseconds', value);
  }

  private field(
    name: 'Date' | 'Hours' | 'Minutes' | 'Seconds' | 'Milliseconds',
    value: number | undefined,
  ): number | VisMoment {
    if (value === undefined) return this.d[`get${name}`]();
    if (!Number.isNaN(value) && this.isValid()) this.d[`set${name}`](value);
    return this;
  }

  /** The day of the week, 0 for Sunday; setting it moves within the week. */
  day(): number;
  day(value: number): VisMoment;
  day(value?: number): number | VisMoment {
    const day = this.d.getDay();
    return value === undefined ? day : this.add(value - day, 'day');
  }
  /** As `day`: English weeks start on Sunday. */
  weekday(): number;
  weekday(value: number): VisMoment;
  weekday(value?: number): number | VisMoment {
    return value === undefined ? this.day() : this.day(value);
  }
  isoWeekday(): number {
    return this.d.getDay() || 7;
  }

  dayOfYear(): number;
  dayOfYear(value: number): VisMoment;
  dayOfYear(value?: number): number | VisMoment {
    const day =
      Math.round(
        (this.clone().startOf('day').valueOf() - this.clone().startOf('year').valueOf()) / DAY,
      ) + 1;
    return value === undefined ? day : this.add(value - day, 'day');
  }

  /** The English week of the year (weeks start on Sunday; week 1 holds 1 January). */
  week(): number;
  week(value: number): VisMoment;
  week(value?: number): number | VisMoment {
    const year = this.year();
    const week = Math.floor((this.dayOfYear() - firstWeekOffset(year) - 1) / 7) + 1;
    const number =
      week < 1
        ? week + weeksInYear(year - 1)
        : week > weeksInYear(year)
          ? week - weeksInYear(year)
          : week;
    return value === undefined ? number : this.add((value - number) * 7, 'day');
  }

  add(amount: number, unitName: string): VisMoment {
    if (!this.isValid()) return this;
    const unit = unitOf(unitName);
    const ms = MS_OF[unit];
    if (ms !== undefined) {
      if (amount) this.d.setTime(this.valueOf() + amount * ms);
    } else if (unit === 'day' || unit === 'week') {
      const days = absRound(unit === 'week' ? amount * 7 : amount);
      if (days) this.d.setDate(this.d.getDate() + days);
    } else {
      const months = absRound(unit === 'year' ? amount * 12 : amount);
      if (months) this.month(this.d.getMonth() + months);
    }
    return this;
  }
  subtract(amount: number, unit: string): VisMoment {
    return this.add(-amount, unit);
  }

  /** The first millisecond of the unit this date is in (moment's arithmetic, offsets and all). */
  startOf(unit: string): VisMoment {
    return this.edge(unitOf(unit), 0);
  }
  /** The last millisecond of the unit this date is in. */
  endOf(unit: string): VisMoment {
    return this.edge(unitOf(unit), 1);
  }

  /** `after` 0: the start of `unit`; 1: the start of the next one, less a millisecond. */
  private edge(unit: Unit, after: 0 | 1): VisMoment {
    if (unit === 'millisecond' || !this.isValid()) return this;
    const y = this.year();
    const m = this.month();
    const d = this.date();
    const time = this.valueOf();
    const within = (length: number, offset: number) =>
      time - mod(time + offset, length) + after * length;
    const next =
      unit === 'year'
        ? localDay(y + after, 0, 1)
        : unit === 'month'
          ? localDay(y, m + after, 1)
          : unit === 'week'
            ? localDay(y, m, d - this.day() + 7 * after)
            : unit === 'day'
              ? localDay(y, m, d + after)
              : unit === 'hour'
                ? within(3_600_000, -Math.round(this.d.getTimezoneOffset()) * 60_000)
                : within(MS_OF[unit]!, 0);
    this.d.setTime(next - after);
    return this;
  }

  isSame(input: MomentInput, unitName = 'millisecond'): boolean {
    const other = moment(input).valueOf();
    if (unitOf(unitName) === 'millisecond') return this.valueOf() === other;
    return (
      this.clone().startOf(unitName).valueOf() <= other &&
      other <= this.clone().endOf(unitName).valueOf()
    );
  }

  /** Whole units from `input` to this date, for the units of fixed length and days. */
  diff(input: MomentInput, unitName = 'millisecond'): number {
    const unit = unitOf(unitName);
    const other = moment(input);
    const zoneDelta = (this.d.getTimezoneOffset() - other.d.getTimezoneOffset()) * 60_000;
    const fixed = MS_OF[unit];
    const length = fixed ?? (unit === 'day' ? DAY : unit === 'week' ? 7 * DAY : undefined);
    if (length === undefined) throw new Error(`visMoment: diff in ${unit}s is not supported`);
    const delta = this.valueOf() - other.valueOf() - (fixed ? 0 : zoneDelta);
    return Math.trunc(delta / length) || 0;
  }

  /** moment's format tokens for years, months, days, weekdays, weeks, times and offsets. */
  format(pattern = 'YYYY-MM-DDTHH:mm:ssZ'): string {
    if (!this.isValid()) return 'Invalid date';
    return pattern.replace(TOKENS, (token, literal: string | undefined) =>
      literal !== undefined ? literal : this.token(token),
    );
  }

  private token(token: string): string {
    const d = this.d;
    const hours = d.getHours();
    switch (token) {
      case 'YYYY': {
        const year = d.getFullYear();
        return year <= 9999 ? zeroFill(year, 4) : `+${year}`;
      }
      case 'YY':
        return zeroFill(d.getFullYear() % 100, 2);
      case 'MMMM':
        return MONTHS[d.getMonth()]!;
      case 'MMM':
        return MONTHS[d.getMonth()]!.slice(0, 3);
      case 'MM':
        return zeroFill(d.getMonth() + 1, 2);
      case 'M':
        return String(d.getMonth() + 1);
      case 'Do':
        return ordinal(d.getDate());
      case 'DD':
        return zeroFill(d.getDate(), 2);
      case 'D':
        return String(d.getDate());
      case 'dddd':
        return WEEKDAYS[d.getDay()]!;
      case 'ddd':
        return WEEKDAYS[d.getDay()]!.slice(0, 3);
      case 'dd':
        return WEEKDAYS[d.getDay()]!.slice(0, 2);
      case 'd':
        return String(d.getDay());
      case 'HH':
        return zeroFill(hours, 2);
      case 'H':
        return String(hours);
      case 'hh':
        return zeroFill(hours % 12 || 12, 2);
      case 'h':
        return String(hours % 12 || 12);
      case 'mm':
        return zeroFill(d.getMinutes(), 2);
      case 'm':
        return String(d.getMinutes());
      case 'ss':
        return zeroFill(d.getSeconds(), 2);
      case 's':
        return String(d.getSeconds());
      case 'SSS':
        return zeroFill(d.getMilliseconds(), 3);
      case 'SS':
        return zeroFill(Math.floor(d.getMilliseconds() / 10), 2);
      case 'S':
        return String(Math.floor(d.getMilliseconds() / 100));
      case 'ww':
        return zeroFill(this.week(), 2);
      case 'w':
        return String(this.week());
      case 'A':
        return hours < 12 ? 'AM' : 'PM';
      case 'a':
        return hours < 12 ? 'am' : 'pm';
      case 'ZZ':
        return offsetText(-d.getTimezoneOffset(), '');
      default: // 'Z'
        return offsetText(-d.getTimezoneOffset(), ':');
    }
  }
}

/** Local midnight of a day given by year, month and day (which may overflow), as moment finds it. */
function localDay(y: number, m: number, d: number): number {
  // The Date constructor reads years 0–99 as 1900–1999: go 400 years (a whole cycle) on and back.
  return y >= 0 && y < 100
    ? new Date(y + 400, m, d).getTime() - 12_622_780_800_000
    : new Date(y, m, d).getTime();
}

const DATE_ONLY = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function timeOf(input: MomentInput): number {
  if (input === undefined) return Date.now();
  if (input === null) return NaN;
  if (input instanceof VisMoment || input instanceof Date) return input.valueOf();
  if (typeof input === 'number') return input;
  // As moment: an ISO day (or month) without a time is local midnight, not UTC's.
  const day = DATE_ONLY.exec(input);
  if (day) {
    const date = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3] ?? 1));
    date.setFullYear(Number(day[1]));
    return date.getTime();
  }
  return new Date(input).getTime();
}

/** `moment(input)`: now, or the date of a number, `Date`, ISO string or another moment. */
export function moment(input?: MomentInput): VisMoment {
  return new VisMoment(timeOf(input));
}
moment.isMoment = (value: unknown): value is VisMoment => value instanceof VisMoment;
/** The language of the labels, always English: vis-timeline's `locale` option changes nothing. */
moment.locale = (_name?: string): string => 'en';
moment.lang = moment.locale;

export default moment;
