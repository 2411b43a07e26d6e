import { describe, expect, it } from 'vitest';
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
  });

  it('reads "-ly" adverbs, not "early" or short words', () => {
    expect(isLyAdverb('reportedly')).toBe(true);
    expect(isLyAdverb('early')).toBe(false);
    expect(isLyAdverb('only')).toBe(false);
  });
});
