import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { agoLater } from './agoLater.ts';

describe('agoLater', () => {
  it('reads counted units back from the document date', () => {
    const [hit] = found(agoLater, 'The bridge opened three months ago.');
    expect(hit).toMatchObject({
      words: 'three months ago',
      meaning: { kind: 'relative', unit: 'month', offset: -3, from: 'document' },
    });
  });

  it('reads "later" and "earlier" from the previous date', () => {
    const [hit] = found(agoLater, 'Two weeks later, he resigned.');
    expect(hit?.meaning).toEqual({ kind: 'relative', unit: 'week', offset: 2, from: 'previous' });
  });

  it('reads a vague count as a vague past', () => {
    const [hit] = found(agoLater, 'several years ago');
    expect(hit?.meaning).toEqual({ kind: 'literal', value: 'PAST_REF' });
  });

  it('leaves "two weeks after the vote" to the duration', () => {
    expect(found(agoLater, 'two weeks after the vote')).toEqual([]);
  });

  it('reads "months ago" and "years later" without a count as references', () => {
    const hits = found(agoLater, 'Just months ago it was failing. Years later, he returned.');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['months ago', { kind: 'literal', value: 'PAST_REF' }],
      ['Years later', { kind: 'literal', value: 'PAST_REF' }],
    ]);
  });

  it('leaves "earlier than usual" and "from now" to the duration and "now"', () => {
    expect(found(agoLater, 'The rains came a month earlier than usual.')).toEqual([]);
    expect(found(agoLater, 'Work ended two weeks later than planned.')).toEqual([]);
    expect(found(agoLater, 'The dam will be full ten years from now.')).toEqual([]);
  });

  it('leaves "for years after", where the length is named', () => {
    expect(found(agoLater, 'He stayed for years after.')).toEqual([]);
  });
});
