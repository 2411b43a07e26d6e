import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasRegularPastEnding, isLyAdverb, looksPlural } from './morphology.ts';

describe('English word shapes', () => {
  it('tells a plural in "-s" from "-ss" and "-us"', () => {
    expect(looksPlural('troops')).toBe(true);
    expect(looksPlural('press')).toBe(false);
    expect(looksPlural('bus')).toBe(false);
  });

  it('reads a regular past ending', () => {
    expect(hasRegularPastEnding('arrested')).toBe(true);
    expect(hasRegularPastEnding('red')).toBe(false);
    expect(hasRegularPastEnding('freed')).toBe(true);
    expect(hasRegularPastEnding('Arrested')).toBe(false);
    expect(hasRegularPastEnding('re-elected')).toBe(false);
  });

  it('reads the regular past shape exactly as /^[a-z]{2,}ed$/ does', () => {
    const shape = /^[a-z]{2,}ed$/;
    const word = fc.stringMatching(/^[a-zA-Z'’-]{0,6}(?:ed)?$/);
    fc.assert(fc.property(word, (w) => hasRegularPastEnding(w) === shape.test(w)));
  });

  it('reads "-ly" adverbs, not "early" or short words', () => {
    expect(isLyAdverb('reportedly')).toBe(true);
    expect(isLyAdverb('early')).toBe(false);
    expect(isLyAdverb('only')).toBe(false);
  });
});
