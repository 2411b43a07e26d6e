/** Small statistics for benchmark timings. */

/**
 * The p-th percentile (0–100) of `samples` by the nearest-rank method.
 *
 * @example
 * percentile([5, 1, 4, 2, 3], 50) // 3
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? NaN;
}

/** Runs `work` `warmup` times untimed, then `runs` times, and returns each run's milliseconds. */
export function timeRuns(
  work: () => unknown,
  runs: number,
  warmup = Math.ceil(runs / 10),
): number[] {
  for (let i = 0; i < warmup; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times;
}
