import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../index.ts';
import { found } from '../testing.ts';
import { dayOfMonth } from './dayOfMonth.ts';

describe('dayOfMonth', () => {
  it('reads an ordinal day in the month named before it', () => {
    const hits = found(dayOfMonth, 'On March 3 the board met, and on the 5th it voted.');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['the 5th', { kind: 'calendar', month: 3, day: 5, yearOfPrevious: true }],
    ]);
  });

  it('takes the year of the date mentioned before', () => {
    const values = extractTimexes(
      'The strike began on Nov. 8, 2019. By the 12th, ports had shut.',
      {
        documentDate: '2023-03-10',
      },
    ).map((t) => `${t.span.text} → ${t.value}`);
    expect(values).toEqual(['Nov. 8, 2019 → 2019-11-08', 'the 12th → 2019-11-12']);
  });

  it('leaves ordinals that count something, or come without a month', () => {
    expect(found(dayOfMonth, 'In June she moved on the 5th floor; since the 21st century')).toEqual(
      [],
    );
    expect(found(dayOfMonth, 'He finished on the 5th, a career best.')).toEqual([]);
    expect(found(dayOfMonth, 'In June the band played on the 2nd and 3rd floors.')).toEqual([]);
    expect(found(dayOfMonth, 'In May he came in on the 3th.')).toEqual([]);
    expect(found(dayOfMonth, 'It began on Nov. 28. By the 2nd, ports had shut.')).toEqual([]);
  });
});
