import { describe, expect, it } from 'vitest';
import { PIPELINE, runPipeline } from './pipeline.ts';
import { contextFor } from './testing.ts';

describe('PIPELINE', () => {
  it('names each step once', () => {
    const names = PIPELINE.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('removes overlaps before merging and modifying', () => {
    const names = PIPELINE.map((s) => s.name);
    expect(names.indexOf('remove-overlaps')).toBeLessThan(names.indexOf('merge-adjacent'));
    expect(names.indexOf('merge-adjacent')).toBeLessThan(names.indexOf('apply-modifiers'));
  });

  it('gives non-overlapping candidates in text order', () => {
    const text = 'Two weeks ago, on Monday, Feb. 6, at noon, about 3 hours later, weekly.';
    const candidates = runPipeline(contextFor(text));
    for (let i = 1; i < candidates.length; i++) {
      expect(candidates[i]!.start).toBeGreaterThanOrEqual(candidates[i - 1]!.end);
    }
    expect(candidates.map((c) => text.slice(c.start, c.end))).toEqual([
      'Two weeks ago',
      'Monday, Feb. 6',
      'noon',
      'about 3 hours',
      'weekly',
    ]);
  });
});
