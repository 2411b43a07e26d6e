import { describe, expect, it } from 'vitest';
import { contextFor } from '../testing.ts';
import type { Candidate } from '../types.ts';
import { removeOverlaps } from './removeOverlaps.ts';

const candidate = (start: number, end: number, rule: string): Candidate => ({
  start,
  end,
  type: 'DATE',
  meaning: { kind: 'literal', value: 'X' },
  rule,
});

describe('removeOverlaps', () => {
  const text = 'two weeks ago and more';

  it('keeps the longest of overlapping candidates, in text order', () => {
    const kept = removeOverlaps.refine(
      [candidate(0, 9, 'duration'), candidate(18, 22, 'other'), candidate(0, 13, 'ago-later')],
      contextFor(text),
    );
    expect(kept.map((c) => c.rule)).toEqual(['ago-later', 'other']);
  });

  it('keeps the first of two equally long candidates', () => {
    const kept = removeOverlaps.refine(
      [candidate(0, 9, 'first'), candidate(0, 9, 'second')],
      contextFor(text),
    );
    expect(kept.map((c) => c.rule)).toEqual(['first']);
  });
});
