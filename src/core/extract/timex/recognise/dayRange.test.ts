import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { dayRange } from './dayRange.ts';

const read = (text: string): Array<[string, unknown]> =>
  found(dayRange, text).map((h) => [h.words, h.meaning]);

describe('dayRange', () => {
  it('tags both ends of a month-first range, the end as a bare day', () => {
    expect(read('The festival runs from June 5-7 in Austin.')).toEqual([
      ['June 5', { kind: 'calendar', month: 6, day: 5, year: undefined }],
      ['7', { kind: 'calendar', month: 6, day: 7, year: undefined }],
    ]);
    expect(read('Talks ran March 3 to 5 and April 24 and 25.').map(([w]) => w)).toEqual([
      'March 3',
      '5',
      'April 24',
      '25',
    ]);
  });

  it('gives a year after the range to both ends', () => {
    expect(read('It ran June 5th–7th, 2022.')).toEqual([
      ['June 5th', { kind: 'calendar', month: 6, day: 5, year: 2022 }],
      ['7th, 2022', { kind: 'calendar', month: 6, day: 7, year: 2022 }],
    ]);
  });

  it('reads day-first ranges', () => {
    expect(read('Meetings on 5-7 June 2024.').map(([w]) => w)).toEqual(['5', '7 June 2024']);
  });

  it('declines counts, scores and backward ranges', () => {
    expect(
      read('On March 3 and 4 people died. On March 3-4 percent rose. It was May 5-3.'),
    ).toEqual([]);
  });
});
