import { describe, expect, it } from 'vitest';
import {
  midnightAsDayStart,
  parseDay,
  parseValue,
  shift,
  valueAt,
  weekdayDate,
  withinModelYears,
  yearForDay,
  yearForPeriod,
  yearText,
} from './calendar.ts';

const day = (iso: string): Date => parseDay(iso)!;

describe('valueAt', () => {
  it('writes a date at each TimeML precision', () => {
    const d = day('2009-10-14');
    expect(valueAt(d, 'day')).toBe('2009-10-14');
    expect(valueAt(d, 'week')).toBe('2009-W42');
    expect(valueAt(d, 'month')).toBe('2009-10');
    expect(valueAt(d, 'quarter')).toBe('2009-Q4');
    expect(valueAt(d, 'half')).toBe('2009-H2');
    expect(valueAt(d, 'year')).toBe('2009');
    expect(valueAt(d, 'decade')).toBe('200');
    expect(valueAt(d, 'century')).toBe('20');
  });

  it('uses the ISO week year at the turn of the year', () => {
    expect(valueAt(day('2010-01-02'), 'week')).toBe('2009-W53');
  });
});

describe('shift', () => {
  it('moves by calendar units without mutating its input', () => {
    const d = day('2016-03-31');
    expect(valueAt(shift(d, 'month', -1), 'day')).toBe('2016-02-29');
    expect(valueAt(shift(d, 'quarter', -1), 'quarter')).toBe('2015-Q4');
    expect(valueAt(d, 'day')).toBe('2016-03-31');
  });
});

describe('yearForPeriod', () => {
  it('puts a month named in the past before the reference', () => {
    expect(yearForPeriod(10, 1, day('2015-03-10'), 'past')).toBe(2014); // November
    expect(yearForPeriod(2, 1, day('2015-03-10'), 'past')).toBe(2015); // March, begun
  });

  it('puts a month named in the future after the reference', () => {
    expect(yearForPeriod(0, 1, day('2009-12-05'), 'future')).toBe(2010);
  });

  it('honours last/next/this', () => {
    expect(yearForPeriod(5, 1, day('2015-06-10'), 'unknown', 'last')).toBe(2014);
    expect(yearForPeriod(5, 1, day('2015-06-10'), 'unknown', 'next')).toBe(2016);
    expect(yearForPeriod(5, 1, day('2015-06-10'), 'past', 'this')).toBe(2015);
  });

  it('reads a quarter the same way', () => {
    // "expects to report third-quarter results" in October: the quarter just ended
    expect(yearForPeriod(6, 3, day('2003-10-20'), 'future')).toBe(2003);
  });
});

describe('yearForDay', () => {
  it('reads a January date ahead of a December paper as next year', () => {
    expect(yearForDay(1, 3, day('2010-12-20'), 'future')).toBe(2011);
  });

  it('lets a past-tense day lie a few weeks ahead', () => {
    // "the offer was extended to Nov. 20" in a late-October paper
    expect(yearForDay(11, 20, day('2007-10-29'), 'past')).toBe(2007);
  });

  it('reads a past-tense date after the reference as last year when far', () => {
    expect(yearForDay(9, 30, day('2013-04-02'), 'past')).toBe(2012);
  });

  it('lets a stated weekday pick the year', () => {
    // Monday 26 October is 1998, not 1997 or 1999.
    expect(yearForDay(10, 26, day('1998-02-01'), 'past', 1)).toBe(1998);
  });
});

describe('weekdayDate', () => {
  const wednesday = day('2014-05-14');

  it('takes the last such day for the past, counting the day itself', () => {
    expect(valueAt(weekdayDate(1, wednesday, 'past'), 'day')).toBe('2014-05-12');
    expect(valueAt(weekdayDate(3, wednesday, 'past'), 'day')).toBe('2014-05-14');
  });

  it('takes the next such day for the future', () => {
    expect(valueAt(weekdayDate(5, wednesday, 'future'), 'day')).toBe('2014-05-16');
  });

  it('takes "last" and "next" strictly before or after', () => {
    expect(valueAt(weekdayDate(3, wednesday, 'unknown', 'last'), 'day')).toBe('2014-05-07');
    expect(valueAt(weekdayDate(3, wednesday, 'unknown', 'next'), 'day')).toBe('2014-05-21');
  });
});

describe('parseValue', () => {
  it('reads values back with their precision', () => {
    expect(parseValue('2011-Q2')).toEqual({ date: new Date(2011, 3, 1), unit: 'quarter' });
    expect(parseValue('2011-05')?.unit).toBe('month');
    expect(parseValue('2011-05-04T10:00')?.unit).toBe('day');
    expect(parseValue('PAST_REF')).toBeUndefined();
  });

  it('reads decades and centuries back as their first year', () => {
    expect(parseValue('199X')).toEqual({ date: new Date(1990, 0, 1), unit: 'decade' });
    expect(parseValue('19')).toEqual({ date: new Date(1900, 0, 1), unit: 'century' });
    expect(parseValue('19XX')).toEqual({ date: new Date(1900, 0, 1), unit: 'century' });
    expect(parseValue('199')).toEqual({ date: new Date(1990, 0, 1), unit: 'decade' });
  });

  it('reads years before the common era as negative years', () => {
    expect(parseValue('BC0499')?.date.getFullYear()).toBe(-499);
    expect(parseValue('BC0480-09')).toMatchObject({ unit: 'month' });
    expect(parseValue('BC0480-09')?.date.getMonth()).toBe(8);
    expect(parseDay('BC0480-08-20')?.getFullYear()).toBe(-480);
  });
});

describe('yearText', () => {
  it('writes years as TimeML does, BC with its era and four digits', () => {
    expect(yearText(1998)).toBe('1998');
    expect(yearText(14)).toBe('0014');
    expect(yearText(-499)).toBe('BC0499');
  });

  it('writes the decade and century of a BC year by their leading digits', () => {
    const date = new Date(2000, 0, 1);
    date.setFullYear(-475);
    expect(valueAt(date, 'year', true)).toBe('BC0475');
    expect(valueAt(date, 'decade', true)).toBe('BC047');
    expect(valueAt(date, 'century', true)).toBe('BC04');
    // Counted from a date of our era, a year before it is not one the text can mean.
    expect(valueAt(date, 'year')).toBe('XXXX');
  });
});

describe('parseDay', () => {
  it('rejects days that do not exist', () => {
    expect(parseDay('2013-02-30')).toBeUndefined();
    expect(parseDay('yesterday')).toBeUndefined();
  });
});

describe('dates beyond the years the model holds (issue 11)', () => {
  it('writes a far date as TimeML does a date of unknown year, never with a lost sign', () => {
    expect(valueAt(shift(new Date(2012, 2, 1), 'day', 1_000_000_000), 'day')).toBe('XXXX-XX-XX');
    expect(valueAt(shift(new Date(2012, 2, 1), 'day', -3_000_000), 'day')).toBe('XXXX-XX-XX');
    expect(valueAt(shift(new Date(2012, 2, 1), 'day', -3_000_000), 'month')).toBe('XXXX-XX');
    expect(valueAt(new Date(9999, 11, 31), 'day')).toBe('9999-12-31');
  });

  it('keeps years before 100 AD four digits long', () => {
    expect(parseDay('0050-01-01')?.getFullYear()).toBe(50);
    expect(parseValue('0079')?.date.getFullYear()).toBe(79);
    expect(parseValue('0079-08')?.date.getFullYear()).toBe(79);
    expect(valueAt(parseValue('0079-Q3')!.date, 'quarter')).toBe('0079-Q3');
    expect(valueAt(parseDay('0050-01-01')!, 'decade')).toBe('005');
    expect(yearText(50)).toBe('0050');
    expect(yearText(10_000)).toBe('XXXX');
  });

  it('rewrites a built value whose year does not fit', () => {
    expect(withinModelYears('10000-03-24')).toBe('XXXX-03-24');
    expect(withinModelYears('-6202')).toBe('XXXX');
    expect(withinModelYears('2012-03-24')).toBe('2012-03-24');
    expect(withinModelYears('199X')).toBe('199X');
    expect(withinModelYears('19')).toBe('19');
    expect(withinModelYears('P1000000000D')).toBe('P1000000000D');
  });
});

describe('midnightAsDayStart (issue 11)', () => {
  it('writes hour 24 as 00:00 of the next day, or of the same day for a midnight past', () => {
    expect(midnightAsDayStart('2012-03-03T24:00', false)).toBe('2012-03-04T00:00');
    expect(midnightAsDayStart('2012-12-31T24:00', false)).toBe('2013-01-01T00:00');
    expect(midnightAsDayStart('2012-03-03T24:00', true)).toBe('2012-03-03T00:00');
    expect(midnightAsDayStart('9999-12-31T24:00', false)).toBe('XXXX-XX-XXT00:00');
    expect(midnightAsDayStart('2012-03-03T12:00', false)).toBe('2012-03-03T12:00');
  });
});
