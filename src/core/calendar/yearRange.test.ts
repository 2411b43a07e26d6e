import { describe, expect, it } from 'vitest';
import { IsoDaySchema } from '../model/index.ts';
import { pointStart } from './interval.ts';
import { dayValue, isModelYear, localDay, minuteValue, utcDay } from './yearRange.ts';

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
    expect(pointStart({ value: '0079', precision: 'year', approximate: false }).getFullYear()).toBe(
      79,
    );
  });
});
