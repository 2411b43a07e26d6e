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

  it('reads the end of a period told in the past as that of the date under discussion', () => {
    const [past] = found(yearPart, 'By the end of the decade, the firm had 300 stores.');
    expect(past).toMatchObject({
      words: 'the decade',
      meaning: { unit: 'decade', from: 'previous' },
    });
    const [ahead] = found(yearPart, 'It will have 300 stores by the end of the decade.');
    expect(ahead).toMatchObject({ meaning: { unit: 'decade', from: 'document' } });
    const [report] = found(yearPart, 'It forecast a rise for the full year.');
    expect(report).toMatchObject({ meaning: { unit: 'year', from: 'document' } });
  });

  it('reads "that year" against the date mentioned before', () => {
    const [hit] = found(yearPart, 'He returned later that year.');
    expect(hit).toMatchObject({ words: 'that year', meaning: { unit: 'year', from: 'previous' } });
  });

  it('reads mid-year as the middle of the current year', () => {
    const [hit] = found(yearPart, 'Inflation will peak mid-year.');
    expect(hit).toMatchObject({ words: 'mid-year', mod: 'MID', meaning: { unit: 'year' } });
  });

  it('reads "the end of year" without its second article like "the end of the year"', () => {
    const [hit] = found(yearPart, 'Sales rose in May and peaked by the end of year.');
    expect(hit).toMatchObject({ words: 'year', meaning: { unit: 'year', from: 'previous' } });
    expect(found(yearPart, 'at the end of year-old contracts')).toEqual([]);
  });
});
