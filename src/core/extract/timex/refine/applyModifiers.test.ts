import { describe, expect, it } from 'vitest';
import { contextFor } from '../testing.ts';
import type { Candidate } from '../types.ts';
import { applyModifiers } from './applyModifiers.ts';

function modified(
  text: string,
  words: string,
  candidate: Omit<Candidate, 'start' | 'end'>,
): string {
  const start = text.indexOf(words);
  const [out] = applyModifiers.refine(
    [{ ...candidate, start, end: start + words.length }],
    contextFor(text),
  );
  return `${text.slice(out!.start, out!.end)} ${out!.mod ?? '-'}`;
}

const duration = {
  type: 'DURATION' as const,
  meaning: { kind: 'literal' as const, value: 'P2W' },
  rule: 'duration',
};
const month = {
  type: 'DATE' as const,
  meaning: { kind: 'calendar' as const, month: 3 },
  rule: 'month-name-date',
};

describe('applyModifiers', () => {
  it('takes quantity modifiers of durations into the span', () => {
    expect(modified('for less than two weeks', 'two weeks', duration)).toBe(
      'less than two weeks LESS_THAN',
    );
    expect(modified('at least two weeks', 'two weeks', duration)).toBe(
      'at least two weeks EQUAL_OR_MORE',
    );
    expect(modified('about two weeks or so', 'two weeks', duration)).toBe(
      'about two weeks or so APPROX',
    );
  });

  it('takes early/mid/late and "the end of" into a date', () => {
    expect(modified('in early March', 'March', month)).toBe('early March START');
    expect(modified('by mid-March', 'March', month)).toBe('mid-March MID');
    expect(modified('until the end of March', 'March', month)).toBe('the end of March END');
  });

  it('reads "around" before a possessive as a preposition', () => {
    const weekday = {
      type: 'DATE' as const,
      meaning: { kind: 'calendar' as const, weekday: 3 },
      rule: 'weekday',
    };
    expect(modified("ways around Wednesday's ruling", 'Wednesday', weekday)).toBe('Wednesday -');
  });

  it('does not read "over" before a date as a quantity', () => {
    expect(modified('over March', 'March', month)).toBe('March -');
  });
});
