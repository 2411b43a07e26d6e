import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { vagueRef } from './vagueRef.ts';

describe('vagueRef', () => {
  it('reads present, past and future references', () => {
    const hits = found(vagueRef, 'It is now clear; recently it was not; in the future it may be.');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['now', { kind: 'literal', value: 'PRESENT_REF' }],
      ['recently', { kind: 'literal', value: 'PAST_REF' }],
      ['the future', { kind: 'literal', value: 'FUTURE_REF' }],
    ]);
  });

  it('leaves the preposition out of the span', () => {
    expect(found(vagueRef, 'as in the past').map((h) => h.words)).toEqual(['the past']);
  });

  it('does not read "current account" as time', () => {
    expect(found(vagueRef, 'the current account deficit')).toEqual([]);
  });

  it('reads a sentence-opening "Now" but not one before a speaker\'s tag', () => {
    expect(found(vagueRef, 'It rained. Now, she argues, the dams matter.')).toEqual([]);
    expect(found(vagueRef, 'It rained. Now the dams are full.').map((h) => h.words)).toEqual([
      'Now',
    ]);
    expect(
      found(vagueRef, 'The dams were dry. Now, after a wet spring, they are full.').map(
        (h) => h.words,
      ),
    ).toEqual(['Now']);
  });

  it('reads "at the time" closing a past clause as the past, without "at"', () => {
    const [hit, ...rest] = found(vagueRef, 'The ferry was in open water at the time, he said.');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({
      words: 'the time',
      meaning: { kind: 'literal', value: 'PAST_REF' },
    });
    expect(found(vagueRef, 'At the time he was elected, the party was weak.')).toEqual([]);
    expect(found(vagueRef, 'At the time of the flood, the dam was new.')).toEqual([]);
    expect(found(vagueRef, 'At the time, nobody knew.').map((h) => h.words)).toEqual(['the time']);
    expect(found(vagueRef, 'He paid his aide at the time, Ann Lee, in cash.')).toEqual([]);
  });

  it('leaves "recent weeks" and "coming months" to the duration step', () => {
    expect(found(vagueRef, 'Prices rose in recent weeks and may fall in coming months.')).toEqual(
      [],
    );
  });
});
