import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { anaphoricDay } from './anaphoricDay.ts';

describe('anaphoricDay', () => {
  it('counts days from the date told before', () => {
    const hits = found(
      anaphoricDay,
      'The next day he left; that night it rained; the day before, all was calm.',
    );
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      [
        'The next day',
        { kind: 'relative', unit: 'day', offset: 1, from: 'previous', partOfDay: undefined },
      ],
      [
        'that night',
        { kind: 'relative', unit: 'day', offset: 0, from: 'previous', partOfDay: 'NI' },
      ],
      [
        'the day before',
        { kind: 'relative', unit: 'day', offset: -1, from: 'previous', partOfDay: undefined },
      ],
    ]);
  });

  it('counts "the year before," and "the month after." from the date told before', () => {
    const hits = found(anaphoricDay, 'The year before, he had lost; he won the month after.');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['The year before', expect.objectContaining({ unit: 'year', offset: -1, from: 'previous' })],
      ['the month after', expect.objectContaining({ unit: 'month', offset: 1, from: 'previous' })],
    ]);
    expect(found(anaphoricDay, 'He won the year before last.')).toEqual([]);
  });

  it('leaves "the day before the vote" to the event it names', () => {
    expect(found(anaphoricDay, 'the day before the vote')).toEqual([]);
  });
});
