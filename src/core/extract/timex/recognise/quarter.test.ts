import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { quarter } from './quarter.ts';

describe('quarter', () => {
  it('reads quarters and halves with and without a year', () => {
    const hits = found(
      quarter,
      'In the third quarter, third-quarter profit, the first half of 2009.',
    );
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['the third quarter', expect.objectContaining({ quarter: 3, year: undefined })],
      ['third-quarter', expect.objectContaining({ quarter: 3 })],
      ['the first half of 2009', expect.objectContaining({ half: 1, year: 2009 })],
    ]);
  });

  it('reads "the year-ago quarter" as a year back', () => {
    const [hit] = found(quarter, 'the year-ago second quarter');
    expect(hit?.meaning).toMatchObject({ quarter: 2, yearShift: -1 });
  });
});
