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
});
