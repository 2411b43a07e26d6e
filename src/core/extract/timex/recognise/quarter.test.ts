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

  it('reads a quarter named by its months, only where they make a calendar quarter', () => {
    const hits = found(
      quarter,
      'Profit in the July-September quarter rose; the April-June period of 2013 too; ' +
        'the September-November quarter fell.',
    );
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['the July-September quarter', { kind: 'calendar', quarter: 3, year: undefined }],
      ['the April-June period of 2013', { kind: 'calendar', quarter: 2, year: 2013 }],
    ]);
  });

  it('takes "of the year" and "of this year" into the span', () => {
    const hits = found(quarter, 'the second half of the year and the first quarter of last year');
    expect(
      hits.map((h) => [h.words, h.meaning.kind === 'calendar' && h.meaning.yearOffset]),
    ).toEqual([
      ['the second half of the year', undefined],
      ['the first quarter of last year', -1],
    ]);
  });

  it('leaves the quarters and halves of a game', () => {
    expect(
      found(
        quarter,
        'He scored twice in the second half. A late touchdown in the fourth quarter won it.',
      ),
    ).toEqual([]);
    expect(
      found(quarter, 'Stocks rallied 20 basis points toward our goals in the fourth quarter.'),
    ).toHaveLength(1);
  });

  it('reads "the year-ago quarter" as a year back', () => {
    const [hit] = found(quarter, 'the year-ago second quarter');
    expect(hit?.meaning).toMatchObject({ quarter: 2, yearShift: -1 });
  });

  it('reads analysts\' "H1 2023", "1H23" and "3Q22"', () => {
    const hits = found(quarter, 'Revenue rose in H1 2023 and 1H23; 3Q22 fell.');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['H1 2023', { kind: 'calendar', half: 1, quarter: undefined, year: 2023 }],
      ['1H23', { kind: 'calendar', half: 1, quarter: undefined, year: 2023 }],
      ['3Q22', { kind: 'calendar', half: undefined, quarter: 3, year: 2022 }],
    ]);
  });

  it('leaves "quarterly", "H1N1" and clock durations', () => {
    expect(found(quarter, 'its first quarterly loss, the H1N1 virus, 1h 15 min')).toEqual([]);
  });
});
