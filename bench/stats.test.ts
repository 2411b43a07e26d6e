import { describe, expect, it } from 'vitest';
import { percentile, timeRuns } from './stats.ts';

describe('percentile', () => {
  it('takes the middle sample as the median, whatever the order', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
  });

  it('takes the nearest rank for p95', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
  });

  it('gives NaN for no samples rather than a made-up figure', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it('does not reorder the samples it is given', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('timeRuns', () => {
  it('runs the work for warm-up and timed runs, returning one time per timed run', () => {
    let calls = 0;
    const times = timeRuns(() => calls++, 5, 2);
    expect(calls).toBe(7);
    expect(times).toHaveLength(5);
    expect(times.every((t) => t >= 0)).toBe(true);
  });
});
