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

  it('puts a bare part of the day on the day of its clause', () => {
    expect(read('Early morning raids began on Monday, officials said on Wednesday.')).toEqual([
      'Early morning → 2023-03-13TMO',
      'Monday → 2023-03-13',
      'Wednesday → 2023-03-15',
    ]);
  });

  it('leaves a part of the day in another clause on the day mentioned before', () => {
    expect(
      read('On Friday they met. By the evening before the vote on Monday, talks had failed.'),
    ).toEqual(['Friday → 2023-03-10', 'the evening → 2023-03-10TEV', 'Monday → 2023-03-13']);
    expect(read('On Friday it rained in the evening, and on Monday it cleared.')).toEqual([
      'Friday → 2023-03-10',
      'the evening → 2023-03-10TEV',
      'Monday → 2023-03-13',
    ]);
  });
});
