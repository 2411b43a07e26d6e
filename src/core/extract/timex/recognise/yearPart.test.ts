import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { yearPart } from './yearPart.ts';

describe('yearPart', () => {
  it('reads year-end as the current year, at its end', () => {
    const [hit] = found(yearPart, 'The deal should close by year-end.');
    expect(hit).toMatchObject({
      words: 'year-end',
      mod: 'END',
      meaning: { unit: 'year', offset: 0 },
    });
  });

  it('reads "the month" after "the end of" as the current month', () => {
    const [hit] = found(yearPart, 'by the end of the month');
    expect(hit).toMatchObject({ words: 'the month', meaning: { unit: 'month', from: 'document' } });
  });

  it('reads "that year" against the date mentioned before', () => {
    const [hit] = found(yearPart, 'He returned later that year.');
    expect(hit).toMatchObject({ words: 'that year', meaning: { unit: 'year', from: 'previous' } });
  });
});
