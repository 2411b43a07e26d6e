import type { Candidate, Refiner } from '../types.ts';

/**
 * Keeps one reading where candidates overlap: the longest span wins ("two weeks ago"
 * over "two weeks"); on equal length the earlier recogniser in the pipeline wins,
 * since candidates arrive in pipeline order. Output is in text order.
 */
export const removeOverlaps: Refiner = {
  name: 'remove-overlaps',
  refine: (candidates, { text, trace }) => {
    const ranked = candidates
      .map((c, order) => ({ c, order }))
      .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
    const kept: Candidate[] = [];
    // One flag per character of text: linear in the total length of the spans.
    const taken = new Uint8Array(text.length + 1);
    for (const { c } of ranked) {
      if (isTaken(taken, c.start, c.end)) {
        trace('remove-overlaps', () => `dropped ${c.rule} "${text.slice(c.start, c.end)}"`);
        continue;
      }
      taken.fill(1, c.start, c.end);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}
