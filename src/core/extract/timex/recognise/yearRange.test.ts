import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { yearRange } from './yearRange.ts';

const read = (text: string): Array<[string, number | undefined]> =>
  found(yearRange, text).map((h) => [
    h.words,
    h.meaning.kind === 'calendar' ? h.meaning.year : undefined,
  ]);

describe('yearRange', () => {
  it('tags both ends of a range of years', () => {
    expect(read('In the 2020-21 season and the 1939–1945 war.')).toEqual([
      ['2020', 2020],
      ['21', 2021],
      ['1939', 1939],
      ['1945', 1945],
    ]);
  });

  it('reads a two-digit end across a century and keeps "fiscal"', () => {
    expect(read('fiscal 2022/23 and the 1999-00 budget')).toEqual([
      ['fiscal 2022', 2022],
      ['23', 2023],
      ['1999', 1999],
      ['00', 2000],
    ]);
  });

  it('leaves ISO months and phone numbers', () => {
    expect(read('On 2023-03 and at 555-2019-20.')).toEqual([]);
  });
});
