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
});
