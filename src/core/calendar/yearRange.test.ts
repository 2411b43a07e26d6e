import { differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoDaySchema } from '../model/index.ts';
import { pointStart } from './interval.ts';
import {
  calendarDaysBetween,
  dayValue,
  isModelYear,
  localDay,
  minuteValue,
  utcDay,
} from './yearRange.ts';

describe('yearRange', () => {
  it('builds days of years 0–99 in those years, not in 1900–1999', () => {
    expect(localDay(50, 0, 1).getFullYear()).toBe(50);
    expect(utcDay(50, 0, 1).getUTCFullYear()).toBe(50);
    expect(dayValue(localDay(79, 7, 24))).toBe('0079-08-24');
    // Year 0 (1 BC) is a leap year; 1900 was not.
    expect(dayValue(localDay(0, 1, 29))).toBe('0000-02-29');
  });

  it('writes nothing for a date the model cannot hold', () => {
    expect(dayValue(localDay(10_000, 0, 1))).toBeUndefined();
    expect(dayValue(localDay(-6202, 4, 3))).toBeUndefined();
    expect(dayValue(new Date(Number.NaN))).toBeUndefined();
    expect(minuteValue(new Date(8.64e15 + 1))).toBeUndefined();
    expect(minuteValue(new Date(2012, 2, 3, 9, 5))).toBe('2012-03-03T09:05');
    expect([isModelYear(0), isModelYear(9999), isModelYear(-1), isModelYear(10_000)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('lets the model take publication dates and year-only values before 100 AD (issue 11)', () => {
    expect(IsoDaySchema.safeParse('0050-01-01').success).toBe(true);
    expect(IsoDaySchema.safeParse('0050-02-30').success).toBe(false);
    // Leap days by the Gregorian rule, in years 0–99 too (1 BC, year 0000, was a leap year).
    expect(IsoDaySchema.safeParse('0000-02-29').success).toBe(true);
    expect(IsoDaySchema.safeParse('0044-02-29').success).toBe(true);
    expect(IsoDaySchema.safeParse('1900-02-29').success).toBe(false);
    expect(IsoDaySchema.safeParse('2000-02-29').success).toBe(true);
    expect(pointStart({ value: '0079', precision: 'year', approximate: false }).getFullYear()).toBe(
      79,
    );
  });
});

describe('calendarDaysBetween', () => {
  it('counts calendar days as date-fns does, across leap days, centuries, eras and times of day', () => {
    expect(calendarDaysBetween(localDay(2012, 2, 1), localDay(2012, 1, 28))).toBe(2);
    expect(calendarDaysBetween(localDay(1900, 2, 1), localDay(1900, 1, 28))).toBe(1);
    expect(calendarDaysBetween(localDay(2000, 2, 1), localDay(2000, 1, 28))).toBe(2);
    // Years 0–99 are left to the cases below: date-fns counts them by the 1900s' calendar
    // (it goes through Date.UTC, which reads them so), and 1900 was not a leap year.
    expect(calendarDaysBetween(localDay(0, 2, 1), localDay(0, 1, 28))).toBe(2);
    expect(calendarDaysBetween(localDay(44, 2, 1), localDay(44, 1, 28))).toBe(2);
    expect(calendarDaysBetween(localDay(99, 0, 1), localDay(98, 0, 1))).toBe(365);
    const moment = fc.record({
      year: fc.oneof(fc.integer({ min: -9999, max: -1 }), fc.integer({ min: 100, max: 9999 })),
      month: fc.integer({ min: 0, max: 11 }),
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 23 }),
    });
    const dateOf = (m: { year: number; month: number; day: number; hour: number }) => {
      const date = localDay(m.year, m.month, m.day);
      date.setHours(m.hour);
      return date;
    };
    fc.assert(
      fc.property(moment, moment, (a, b) => {
        expect(calendarDaysBetween(dateOf(a), dateOf(b))).toBe(
          differenceInCalendarDays(dateOf(a), dateOf(b)),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
