import { describe, expect, it } from 'vitest';
import {
  clockTimeOf,
  describeDuration,
  isClockDuration,
  parseTimexDuration,
  timexValueToPoint,
} from './timexPoint.ts';

describe('timexValueToPoint', () => {
  it('keeps a month alone as a month, not its first day', () => {
    expect(timexValueToPoint('2009-11')).toEqual({
      value: '2009-11',
      precision: 'month',
      approximate: false,
    });
  });

  it('reads days, clock times and years at their own precision', () => {
    expect(timexValueToPoint('1998-01-08')?.precision).toBe('day');
    expect(timexValueToPoint('1998-01-08T09:30')).toMatchObject({
      value: '1998-01-08T09:30',
      precision: 'minute',
    });
    expect(timexValueToPoint('1998')?.precision).toBe('year');
  });

  it('reads a part of day as the day it belongs to', () => {
    expect(timexValueToPoint('2015-06-03TMO')).toMatchObject({
      value: '2015-06-03',
      precision: 'day',
    });
  });

  it('starts a week on its Monday and a quarter on its first month', () => {
    expect(timexValueToPoint('2012-W08')).toMatchObject({ value: '2012-02-20', precision: 'week' });
    expect(timexValueToPoint('2010-Q3')).toMatchObject({ value: '2010-07', precision: 'quarter' });
  });

  it('reads seasons, decades and centuries', () => {
    expect(timexValueToPoint('2003-SU')).toMatchObject({ value: '2003-06', precision: 'season' });
    expect(timexValueToPoint('199X')).toMatchObject({ value: '1990', precision: 'decade' });
    expect(timexValueToPoint('19XX')).toMatchObject({ value: '1900', precision: 'century' });
    expect(timexValueToPoint('19')).toMatchObject({ value: '1900', precision: 'century' });
  });

  it('marks "about" and "less than" as approximate but not "early"', () => {
    expect(timexValueToPoint('2001-03', 'APPROX')?.approximate).toBe(true);
    expect(timexValueToPoint('2001-03', 'LESS_THAN')?.approximate).toBe(true);
    expect(timexValueToPoint('2001-03', 'START')?.approximate).toBe(false);
  });

  it('dates nothing for vague references and unknown years', () => {
    expect(timexValueToPoint('PRESENT_REF')).toBeNull();
    expect(timexValueToPoint('PAST_REF')).toBeNull();
    expect(timexValueToPoint('XXXX-03-24')).toBeNull();
    expect(timexValueToPoint('T12:00')).toBeNull();
  });
});

describe('parseTimexDuration', () => {
  it('reads weeks, days and hours', () => {
    expect(parseTimexDuration('P3W')).toEqual({ weeks: 3 });
    expect(parseTimexDuration('P10D')).toEqual({ days: 10 });
    expect(parseTimexDuration('PT90M')).toEqual({ minutes: 90 });
    expect(parseTimexDuration('P1DT6H')).toEqual({ days: 1, hours: 6 });
  });

  it('gives null for vague durations', () => {
    expect(parseTimexDuration('PXY')).toBeNull();
    expect(parseTimexDuration('2012-01')).toBeNull();
  });

  it('tells clock durations from calendar ones', () => {
    expect(isClockDuration({ hours: 3 })).toBe(true);
    expect(isClockDuration({ days: 3 })).toBe(false);
  });

  it('says a duration in words', () => {
    expect(describeDuration({ weeks: 1 })).toBe('1 week');
    expect(describeDuration({ hours: 4 })).toBe('4 hours');
  });
});

describe('clockTimeOf', () => {
  it('reads the clock time of a time value', () => {
    expect(clockTimeOf('T18:45')).toEqual({ hours: 18, minutes: 45 });
    expect(clockTimeOf('2010-05-01')).toBeNull();
  });
});
