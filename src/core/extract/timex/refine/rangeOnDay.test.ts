import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../index.ts';

const read = (text: string): string[] =>
  extractTimexes(text, { documentDate: '2023-03-15' }).map((t) => `${t.span.text} → ${t.value}`);

describe('rangeOnDay', () => {
  it('puts both ends of a range of clock times on the day named after it', () => {
    expect(read('The polls are open from 9 a.m. to 5 p.m. on Monday.')).toEqual([
      '9 a.m. → 2023-03-13T09:00',
      '5 p.m. → 2023-03-13T17:00',
      'Monday → 2023-03-13',
    ]);
    expect(read('Visits run between 2 and 4 p.m. on Sunday.')).toEqual([
      '2 → 2023-03-12T14:00',
      '4 p.m. → 2023-03-12T16:00',
      'Sunday → 2023-03-12',
    ]);
  });

  it('leaves a clock time that is no end of a range on the day before', () => {
    expect(read('On Friday they met at 9 a.m., and at 5 p.m. on Monday they signed.')).toEqual([
      'Friday → 2023-03-10',
      '9 a.m. → 2023-03-10T09:00',
      '5 p.m. → 2023-03-13T17:00',
      'Monday → 2023-03-13',
    ]);
  });
});
