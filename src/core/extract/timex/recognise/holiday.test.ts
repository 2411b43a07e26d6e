import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { holiday } from './holiday.ts';
import type { CalendarMeaning } from '../types.ts';

const dayIn = (text: string, year: number): { month: number; day: number } | undefined => {
  const meaning = found(holiday, text)[0]?.meaning as CalendarMeaning | undefined;
  return meaning?.holiday?.(year);
};

describe('holiday', () => {
  it('knows fixed and moving holidays', () => {
    expect(dayIn('on Christmas Eve', 2010)).toEqual({ month: 12, day: 24 });
    expect(dayIn('at Thanksgiving', 2013)).toEqual({ month: 11, day: 28 });
    expect(dayIn('on Memorial Day', 2015)).toEqual({ month: 5, day: 25 });
    expect(dayIn('on Election Day', 2016)).toEqual({ month: 11, day: 8 });
  });

  it('computes Easter', () => {
    expect(dayIn('over Easter', 2019)).toEqual({ month: 4, day: 21 });
    expect(dayIn('on Good Friday', 2024)).toEqual({ month: 3, day: 29 });
  });

  it('keeps a stated year and "last"', () => {
    const [hit] = found(holiday, 'last Christmas');
    expect(hit?.meaning).toMatchObject({ which: 'last' });
    expect(found(holiday, 'Christmas 2004')[0]?.meaning).toMatchObject({ year: 2004 });
  });

  it('knows shopping days counted from Thanksgiving and church days from Easter', () => {
    expect(dayIn('on Black Friday', 2022)).toEqual({ month: 11, day: 25 });
    expect(dayIn('on Cyber Monday', 2022)).toEqual({ month: 11, day: 28 });
    expect(dayIn('on Ash Wednesday', 2023)).toEqual({ month: 2, day: 22 });
  });
});
