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

  it('leaves the present era ("today\'s youth") and "the leaders of tomorrow"', () => {
    expect(found(dayWord, "Today's youth read less; we train the leaders of tomorrow.")).toEqual(
      [],
    );
    expect(found(dayWord, "Today's vote ends at the end of tomorrow.").map((h) => h.words)).toEqual(
      ['Today', 'tomorrow'],
    );
  });
});
