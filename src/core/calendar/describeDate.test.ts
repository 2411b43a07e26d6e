import { describe, expect, it } from 'vitest';
import type { DatePoint } from '../model/index.ts';
import { describeEventDate, describePoint } from './describeDate.ts';

const point = (
  value: string,
  precision: DatePoint['precision'],
  approximate = false,
): DatePoint => ({
  value,
  precision,
  approximate,
});

describe('describePoint', () => {
  it('says a month as month and year', () => {
    expect(describePoint(point('2011-12', 'month'))).toBe('December 2011');
  });
  it('says a day with day, month and year', () => {
    expect(describePoint(point('2019-07-04', 'day'))).toBe('4 July 2019');
  });
  it('marks approximate points with "about"', () => {
    expect(describePoint(point('2019-07-04', 'day', true))).toBe('about 4 July 2019');
  });
  it('says years, decades, centuries, quarters, seasons and weeks in words', () => {
    expect(describePoint(point('1998', 'year'))).toBe('1998');
    expect(describePoint(point('1990', 'decade'))).toBe('the 1990s');
    expect(describePoint(point('1900', 'century'))).toBe('the 20th century');
    expect(describePoint(point('2001-04', 'quarter'))).toBe('2nd quarter of 2001');
    expect(describePoint(point('2001-06', 'season'))).toBe('summer 2001');
    expect(describePoint(point('2012-02-20', 'week'))).toBe('week of 20 February 2012');
  });
  it('says a clock time as written, whatever the time zone', () => {
    // 02:30 on 25 March 2012 did not exist in much of Europe (clocks went forward).
    expect(describePoint(point('2012-03-25T02:30', 'minute'))).toBe('25 March 2012, 02:30');
    expect(describePoint(point('0800-12-25', 'day'))).toBe('25 December 0800');
  });
});

describe('describeEventDate', () => {
  it('shows a same-day time range once with both clock times', () => {
    const start = point('2015-10-03T09:30', 'minute');
    const end = point('2015-10-03T11:00', 'minute');
    expect(describeEventDate({ start, end })).toBe('3 October 2015, 09:30–11:00');
  });
  it('shares the year across a day span and marks an approximate end', () => {
    const start = point('2020-05-28', 'day');
    const end = point('2020-06-11', 'day', true);
    expect(describeEventDate({ start, end })).toBe('28 May – about 11 June 2020');
  });
  it('shares month and year within one month', () => {
    expect(
      describeEventDate({ start: point('2020-05-02', 'day'), end: point('2020-05-09', 'day') }),
    ).toBe('2 – 9 May 2020');
  });
  it('writes both years when a span crosses new year', () => {
    expect(
      describeEventDate({ start: point('2011-12-28', 'day'), end: point('2012-01-03', 'day') }),
    ).toBe('28 December 2011 – 3 January 2012');
  });
  it('falls back to the two points for mixed precisions', () => {
    expect(
      describeEventDate({ start: point('2011-12', 'month'), end: point('2012', 'year') }),
    ).toBe('December 2011 – 2012');
  });
  it('treats an end equal to the start as a point', () => {
    const p = point('2012-01', 'month');
    expect(describeEventDate({ start: p, end: p })).toBe('January 2012');
  });
});
