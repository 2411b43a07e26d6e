import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { relativeUnit } from './relativeUnit.ts';

describe('relativeUnit', () => {
  it('counts calendar units from the document', () => {
    const hits = found(
      relativeUnit,
      'Last year sales fell; next month they rise; this week is calm.',
    );
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['Last year', { kind: 'relative', unit: 'year', offset: -1, from: 'document' }],
      ['next month', { kind: 'relative', unit: 'month', offset: 1, from: 'document' }],
      ['this week', { kind: 'relative', unit: 'week', offset: 0, from: 'document' }],
    ]);
  });

  it('counts "the following year" from the date mentioned before', () => {
    const [hit] = found(relativeUnit, 'the following year');
    expect(hit?.meaning).toEqual({ kind: 'relative', unit: 'year', offset: 1, from: 'previous' });
  });

  it('marks "the quarter" and "the latest period" as the period reported on', () => {
    const hits = found(
      relativeUnit,
      'Sales rose in the quarter; in the latest period and the most recent quarter too.',
    );
    expect(hits.map((h) => [h.words, h.meaning.kind === 'relative' && h.meaning.reported])).toEqual(
      [
        ['the quarter', 'quarter'],
        ['the latest period', 'period'],
        ['the most recent quarter', 'quarter'],
      ],
    );
  });

  it('counts "the next year" told in the past from the date before, else from the document', () => {
    const [past] = found(relativeUnit, 'He returned, and the next year he became chief.');
    expect(past?.meaning).toMatchObject({ unit: 'year', offset: 1, from: 'previous' });
    const [ahead] = found(relativeUnit, 'Sales will grow over the next year.');
    expect(ahead?.meaning).toMatchObject({ unit: 'year', offset: 1, from: 'document' });
    const [bare] = found(relativeUnit, 'He became chief next year.');
    expect(bare?.meaning).toMatchObject({ from: 'document' });
  });

  it('leaves a quoted programme title such as "This Week"', () => {
    expect(found(relativeUnit, 'She told NBC\'s "Next Week Tonight" that it was over.')).toEqual(
      [],
    );
    expect(found(relativeUnit, 'She said "next week" twice.').map((h) => h.words)).toEqual([
      'next week',
    ]);
  });

  it('reads "for the year" closing a phrase as the year under discussion', () => {
    const [hit] = found(relativeUnit, 'For the year, exports of tea fell.');
    expect(hit).toMatchObject({
      words: 'the year',
      meaning: { kind: 'relative', unit: 'year', offset: 0, from: 'previous' },
    });
    expect(found(relativeUnit, 'She wrote the year in ink.')).toEqual([]);
  });

  it('reads "this fiscal year" and "next fiscal year" as years', () => {
    const hits = found(relativeUnit, 'It must save more this fiscal year than last fiscal year.');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['this fiscal year', { kind: 'relative', unit: 'year', offset: 0, from: 'document' }],
      ['last fiscal year', { kind: 'relative', unit: 'year', offset: -1, from: 'document' }],
    ]);
  });

  it('reads "over the next decade" as a length, "in the last decade" as a date', () => {
    const hits = found(
      relativeUnit,
      'Output will double over the next decade; during the past century it fell; in the last decade it rose.',
    );
    expect(hits.map((h) => [h.words, h.type, h.meaning])).toEqual([
      ['the next decade', 'DURATION', { kind: 'literal', value: 'P10Y' }],
      ['the past century', 'DURATION', { kind: 'literal', value: 'P1C' }],
      [
        'the last decade',
        'DATE',
        { kind: 'relative', unit: 'decade', offset: -1, from: 'document' },
      ],
    ]);
  });

  it('reads "For the week," and "the week\'s" as the week under discussion', () => {
    const hits = found(
      relativeUnit,
      'For the week, the index fell; it was the week’s busiest day.',
    );
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['the week', { kind: 'relative', unit: 'week', offset: 0, from: 'previous' }],
      ['the week', { kind: 'relative', unit: 'week', offset: 0, from: 'previous' }],
    ]);
    expect(found(relativeUnit, 'It is the busiest day of the week.')).toEqual([]);
  });
});
