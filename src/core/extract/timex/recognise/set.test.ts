import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { set } from './set.ts';

describe('set', () => {
  it('reads frequency adverbs and "every"', () => {
    const hits = found(
      set,
      'It is published daily, reviewed every two months and audited annually.',
    );
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['daily', { kind: 'literal', value: 'P1D' }],
      ['annually', { kind: 'literal', value: 'P1Y' }],
      ['every two months', { kind: 'literal', value: 'P2M' }],
    ]);
  });

  it('reads "twice a week" with its frequency', () => {
    const [hit] = found(set, 'They meet twice a week.');
    expect(hit).toMatchObject({ words: 'twice a week', freq: '2X', meaning: { value: 'P1W' } });
  });

  it('reads a month of every year', () => {
    const [hit] = found(set, 'The parade is held each July.');
    expect(hit).toMatchObject({
      words: 'each July',
      quant: 'EVERY',
      meaning: { value: 'XXXX-07' },
    });
  });

  it('reads a rate after an amount', () => {
    const [hit] = found(set, 'It pays $40,000 a year.');
    expect(hit).toMatchObject({ words: 'a year', meaning: { value: 'P1Y' } });
  });

  it('leaves "quarterly" before its noun but reads it after a verb', () => {
    expect(found(set, 'The board raised its quarterly dividend again.')).toEqual([]);
    expect(found(set, 'Quarterly sales rose and an initial quarterly was paid.')).toEqual([]);
    const [hit] = found(set, 'The fee is reviewed quarterly by the council.');
    expect(hit).toMatchObject({ words: 'quarterly', meaning: { value: 'P3M' } });
  });

  it('reads a rate after a counted plural noun', () => {
    const hits = found(
      set,
      'Staff work 24 hours a day. There are four flights a week at $35 a night.',
    );
    expect(hits.map((h) => [h.words, h.meaning])).toEqual(
      expect.arrayContaining([
        ['a day', { kind: 'literal', value: 'P1D' }],
        ['a week', { kind: 'literal', value: 'P1W' }],
        ['a night', { kind: 'literal', value: 'P1D' }],
      ]),
    );
    expect(hits).toHaveLength(3);
  });

  it('leaves "a day" that counts from something, and "a day" after a verb', () => {
    expect(
      found(
        set,
        'Thousands of protesters marched a day later. Four talks a day after the vote. It was a day of mourning.',
      ),
    ).toEqual([]);
  });

  it('leaves "daily" naming a newspaper', () => {
    expect(found(set, 'The Communist Party daily Granma said so in the daily newspaper.')).toEqual(
      [],
    );
    expect(found(set, 'Rallies are held daily.')).toHaveLength(1);
  });

  it('reads weekdays joined to "every" as recurring too', () => {
    const hits = found(set, 'Every Monday, Wednesday and Friday clinics open, but not Sunday.');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['Every Monday', { kind: 'literal', value: 'XXXX-WXX-1' }],
      ['Wednesday', { kind: 'literal', value: 'XXXX-WXX-3' }],
      ['Friday', { kind: 'literal', value: 'XXXX-WXX-5' }],
    ]);
  });
});
