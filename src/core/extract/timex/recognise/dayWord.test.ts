import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { dayWord } from './dayWord.ts';

describe('dayWord', () => {
  it('counts days from the document date', () => {
    const hits = found(
      dayWord,
      'Yesterday it rained; tomorrow morning it clears, and tonight is cold.',
    );
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      [
        'Yesterday',
        { kind: 'relative', unit: 'day', offset: -1, from: 'document', partOfDay: undefined },
      ],
      [
        'tomorrow morning',
        { kind: 'relative', unit: 'day', offset: 1, from: 'document', partOfDay: 'MO' },
      ],
      ['tonight', { kind: 'relative', unit: 'day', offset: 0, from: 'document', partOfDay: 'NI' }],
    ]);
  });

  it('reads "last night" but not "last morning"', () => {
    expect(found(dayWord, 'last night').map((h) => h.meaning)).toEqual([
      { kind: 'relative', unit: 'day', offset: -1, from: 'document', partOfDay: 'NI' },
    ]);
    expect(found(dayWord, 'the last morning')).toEqual([]);
  });
});
