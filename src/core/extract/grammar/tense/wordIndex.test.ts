import { describe, expect, it } from 'vitest';
import { wordsIn } from '../tokens.ts';
import { firstWordAtOrAfter, lastAtOrBefore } from './wordIndex.ts';

describe('lastAtOrBefore', () => {
  it('finds the last item at or before a value, -1 when none', () => {
    expect(lastAtOrBefore([2, 5, 9], 5)).toBe(1);
    expect(lastAtOrBefore([2, 5, 9], 8)).toBe(1);
    expect(lastAtOrBefore([2, 5, 9], 1)).toBe(-1);
    expect(lastAtOrBefore([], 3)).toBe(-1);
  });
});

describe('firstWordAtOrAfter', () => {
  it('finds the first word starting at or after an offset', () => {
    const words = wordsIn('one two three', 0, 13);
    expect(firstWordAtOrAfter(words, 4)).toBe(1);
    expect(firstWordAtOrAfter(words, 5)).toBe(2);
    expect(firstWordAtOrAfter(words, 20)).toBe(3);
  });
});
