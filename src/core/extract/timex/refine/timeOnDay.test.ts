import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../index.ts';

const read = (text: string): string[] =>
  extractTimexes(text, { documentDate: '2023-03-15' }).map((t) => `${t.span.text} → ${t.value}`);

describe('timeOnDay', () => {
  it('puts a clock time on the day named after "on", keeping the two spans apart', () => {
    expect(read('A 45-year-old man was arrested at 3:30 p.m. ET on Monday.')).toEqual([
      '3:30 p.m. ET → 2023-03-13T15:30',
      'Monday → 2023-03-13',
    ]);
  });

  it('reads a dated day after "on" too', () => {
    expect(read('The blast came at 10:35 a.m. on March 3.')).toEqual([
      '10:35 a.m. → 2023-03-03T10:35',
      'March 3 → 2023-03-03',
    ]);
  });

  it('leaves a clock time before another preposition on the day mentioned before', () => {
    expect(read('On Monday the shop opened. It closed at 6 p.m. before Tuesday.')).toEqual(
      ['On Monday → 2023-03-13', '6 p.m. → 2023-03-13T18:00', 'Tuesday → 2023-03-14'].map((s) =>
        s.replace('On Monday', 'Monday'),
      ),
    );
  });
});
