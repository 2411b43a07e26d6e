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

  it('leaves a sentence-opening "Now," that is only a discourse marker', () => {
    expect(found(vagueRef, 'It rained. Now, she argues, the dams matter.')).toEqual([]);
    expect(found(vagueRef, 'It rained. Now the dams are full.').map((h) => h.words)).toEqual([
      'Now',
    ]);
  });

  it('leaves "recent weeks" and "coming months" to the duration step', () => {
    expect(found(vagueRef, 'Prices rose in recent weeks and may fall in coming months.')).toEqual(
      [],
    );
  });
});
