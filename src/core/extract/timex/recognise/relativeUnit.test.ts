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
});
