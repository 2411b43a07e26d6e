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

  it('spans only the adjective when it qualifies another noun', () => {
    expect(found(comparisonPeriod, 'compared with year-ago profit').map((h) => h.words)).toEqual([
      'year-ago',
    ]);
  });
});
