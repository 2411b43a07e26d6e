import { describe, expect, it } from 'vitest';
import { adversarialText } from './adversarialText.ts';

describe('adversarialText', () => {
  it('has exactly the length asked for', () => {
    for (const length of [0, 1, 999, 20_000]) expect(adversarialText(length)).toHaveLength(length);
  });

  it('is the same text for the same seed and another for another seed', () => {
    expect(adversarialText(5000)).toBe(adversarialText(5000));
    expect(adversarialText(5000, 2)).not.toBe(adversarialText(5000));
  });

  it('holds the traps it is meant to: month runs and long digit runs', () => {
    const text = adversarialText(50_000);
    expect(text).toMatch(
      /(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Sept|Oct|Dec) ){5}/,
    );
    expect(text).toMatch(/\d{40}/);
  });
});
