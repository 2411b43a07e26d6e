import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { comparisonPeriod } from './comparisonPeriod.ts';

describe('comparisonPeriod', () => {
  it('reads "the year-earlier quarter" as a year back from the period in question', () => {
    const [hit] = found(comparisonPeriod, 'Profit fell from the year-earlier quarter.');
    expect(hit).toMatchObject({
      words: 'the year-earlier quarter',
      meaning: { kind: 'relative', unit: 'year', offset: -1, keepPrecision: true },
    });
  });

  it('reads the long ways of naming the period a year back', () => {
    const text =
      'Net rose from the same period last year, the quarter a year ago, last year’s quarter ' +
      'and the corresponding period of the previous year.';
    expect(found(comparisonPeriod, text).map((h) => [h.words, h.meaning])).toEqual(
      [
        'the same period last year',
        'the quarter a year ago',
        'last year’s quarter',
        'the corresponding period of the previous year',
      ].map((words) => [
        words,
        { kind: 'relative', unit: 'year', offset: -1, from: 'previous', keepPrecision: true },
      ]),
    );
  });

  it('reads "the 1988 period" as the period in question in the year named', () => {
    const [hit] = found(comparisonPeriod, 'It earned $20 million in the 1988 period.');
    expect(hit).toMatchObject({
      words: 'the 1988 period',
      meaning: { kind: 'relative', keepPrecision: true, year: 1988 },
    });
  });

  it('spans only the adjective when it qualifies another noun', () => {
    expect(found(comparisonPeriod, 'compared with year-ago profit').map((h) => h.words)).toEqual([
      'year-ago',
    ]);
  });
});
