import { describe, expect, it } from 'vitest';
import type { Timex } from '../../model/index.ts';
import { findHappenings } from './findHappenings.ts';
import { findHeads } from './findHeads.ts';
import { contextFor, timexAt } from './testSupport.ts';

function headsOf(text: string, timexes: Timex[]) {
  const context = contextFor(text, '2019-11-20', timexes);
  return findHeads.run(findHappenings.run([], context), context).map((d) =>
    d.head
      ? {
          kind: d.head.kind,
          word: text.slice(d.head.word.start, d.head.word.end),
          phrase: d.head.kind === 'noun' ? text.slice(d.head.phrase.start, d.head.phrase.end) : '',
        }
      : undefined,
  );
}

describe('findHeads', () => {
  it('reads a date before an event noun as that happening', () => {
    const text = 'Ten were hurt after the October 4 march in the capital.';
    expect(headsOf(text, [timexAt(text, 'October 4', { value: '2019-10-04' })])).toEqual([
      { kind: 'noun', word: 'march', phrase: 'the October 4 march' },
    ]);
  });

  it('reads a possessive date with adjectives before the noun', () => {
    const text = 'Critics blame September’s violent clashes for the crisis.';
    expect(headsOf(text, [timexAt(text, 'September', { value: '2019-09' })])[0]).toMatchObject({
      word: 'clashes',
    });
  });

  it('reads an event noun right before its date', () => {
    const text = 'Observers criticised the disputed elections last month.';
    expect(headsOf(text, [timexAt(text, 'last month', { value: '2019-10' })])[0]).toEqual({
      kind: 'noun',
      word: 'elections',
      phrase: 'disputed elections',
    });
  });

  it('takes the noun said earlier for an elided possessive', () => {
    const text = 'This strike was smaller than last month’s, union leaders admitted.';
    expect(headsOf(text, [timexAt(text, 'last month’s', { value: '2019-10' })])[0]).toMatchObject({
      word: 'strike',
    });
  });

  it('reads the subject of a short clause ending at a clock time', () => {
    const text = 'Police arrived as the vigil started at 8 p.m. on the square.';
    expect(
      headsOf(text, [timexAt(text, '8 p.m.', { type: 'TIME', value: '2019-11-19T20:00' })])[0],
    ).toMatchObject({ kind: 'noun', word: 'vigil' });
  });

  it('falls back on the clause verb', () => {
    const text = 'The minister resigned on Tuesday.';
    expect(headsOf(text, [timexAt(text, 'Tuesday', { value: '2019-11-19' })])[0]).toEqual({
      kind: 'verb',
      word: 'resigned',
      phrase: '',
    });
  });
});

describe('findHeads on relative clauses', () => {
  it('reads the event noun a relative clause describes', () => {
    const text = 'Unions said the strike, which began on May 2, would go on.';
    expect(headsOf(text, [timexAt(text, 'May 2', { value: '2019-05-02' })])[0]).toMatchObject({
      kind: 'noun',
      word: 'strike',
    });
  });
});
