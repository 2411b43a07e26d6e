import { describe, expect, it } from 'vitest';
import { isoWeekStart, parseTimemlDate } from './timemlValue.ts';
import { dayValue } from './yearRange.ts';

describe('parseTimemlDate', () => {
  it('reads a day, a minute and a part of the day', () => {
    expect(parseTimemlDate('2012-02-27')).toEqual({
      unit: 'day',
      year: 2012,
      bc: false,
      month: 2,
      day: 27,
    });
    expect(parseTimemlDate('2012-02-27T14:30')).toMatchObject({
      unit: 'minute',
      day: 27,
      hour: 14,
      minute: 30,
    });
    expect(parseTimemlDate('2012-02-27T14:30:05')).toMatchObject({ second: 5 });
    expect(parseTimemlDate('2012-02-25TMO')).toMatchObject({
      unit: 'part-of-day',
      partOfDay: 'MO',
    });
  });

  it('reads weeks, weekends, quarters, halves, seasons, months and years', () => {
    expect(parseTimemlDate('2012-W08')).toMatchObject({ unit: 'week', week: 8 });
    expect(parseTimemlDate('2012-W08-WE')).toMatchObject({ unit: 'weekend', week: 8 });
    expect(parseTimemlDate('2012-Q3')).toMatchObject({ unit: 'quarter', quarter: 3 });
    expect(parseTimemlDate('2012-H2')).toMatchObject({ unit: 'half', half: 2 });
    expect(parseTimemlDate('1855-SP')).toMatchObject({ unit: 'season', season: 'SP', year: 1855 });
    expect(parseTimemlDate('2012-06')).toMatchObject({ unit: 'month', month: 6 });
    expect(parseTimemlDate('0044')).toEqual({ unit: 'year', year: 44, bc: false });
  });

  it('reads decades and centuries by their leading digits, old and new styles', () => {
    expect(parseTimemlDate('199')).toEqual({ unit: 'decade', year: 1990, bc: false });
    expect(parseTimemlDate('199X')).toEqual({ unit: 'decade', year: 1990, bc: false });
    expect(parseTimemlDate('19')).toEqual({ unit: 'century', year: 1900, bc: false });
    expect(parseTimemlDate('19XX')).toEqual({ unit: 'century', year: 1900, bc: false });
  });

  it('reads years before the era as negative years', () => {
    expect(parseTimemlDate('BC0499')).toEqual({ unit: 'year', year: -499, bc: true });
    expect(parseTimemlDate('BC0480-08-20')).toMatchObject({ unit: 'day', year: -480, month: 8 });
    expect(parseTimemlDate('BC047')).toEqual({ unit: 'decade', year: -470, bc: true });
  });

  it('gives nothing for values that date nothing on their own', () => {
    for (const value of ['PRESENT_REF', 'XXXX-06', 'T12:00', 'P3D', '2012-02-27junk', ''])
      expect(parseTimemlDate(value)).toBeUndefined();
  });
});

describe('isoWeekStart', () => {
  it('is the Monday of the ISO week, also when 1 January lies in the year before’s last week', () => {
    expect(dayValue(isoWeekStart(2012, 8))).toBe('2012-02-20');
    // 1 January 2021 is a Friday of 2020-W53; 2021-W01 starts on 4 January.
    expect(dayValue(isoWeekStart(2021, 1))).toBe('2021-01-04');
  });
});
