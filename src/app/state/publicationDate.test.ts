import { describe, expect, it } from 'vitest';
import { IsoDaySchema } from '../../core/model/index.ts';
import { checkPublicationDate, isCalendarDay } from './publicationDate.ts';

describe('isCalendarDay', () => {
  const samples = [
    '2012-02-27',
    '2012-02-29',
    '2011-02-29',
    '2000-02-29',
    '1900-02-29',
    '2012-13-01',
    '2012-00-10',
    '2012-04-31',
    '2012-12-31',
    '0002-01-01',
    '2012-2-27',
    '12-02-27',
    '2012-02-27T10:00',
    ' 2012-02-27',
    '',
    'abcd-ef-gh',
  ];

  it.each(samples)('agrees with IsoDaySchema on %j', (value) => {
    expect(isCalendarDay(value)).toBe(IsoDaySchema.safeParse(value).success);
  });
});

describe('checkPublicationDate', () => {
  it('accepts a real day, trimmed', () => {
    expect(checkPublicationDate(' 2012-02-27 ')).toEqual({ ok: true, value: '2012-02-27' });
  });

  it('refuses an empty field, a day that does not exist and a year a field passes mid-typing', () => {
    expect(checkPublicationDate('').ok).toBe(false);
    expect(checkPublicationDate('2011-02-29').ok).toBe(false);
    expect(checkPublicationDate('0002-02-27').ok).toBe(false);
  });
});
