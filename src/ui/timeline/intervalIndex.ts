/** Anything with a time extent in milliseconds; `end` equals `start` for a moment. */
export interface Extent {
  start: number;
  end: number;
}

/**
 * A static interval index: the entries sorted by start, and over them a segment tree of the
 * latest end in each stretch. "Which entries overlap [from, to]?" then costs
 * O(log n + k log n) for k answers, instead of a pass over all n entries.
 *
 * @example new IntervalIndex([{ start: 0, end: 10 }, { start: 20, end: 20 }]).query(5, 30)
 * // [0, 1] (positions in `entries`)
 */
export class IntervalIndex<T extends Extent> {
  /** The entries, by start (then end). Positions returned by `query` point into this. */
  readonly entries: readonly T[];
  private readonly starts: Float64Array;
  private readonly maxEnd: Float64Array;
  private readonly size: number;

  constructor(entries: readonly T[]) {
    this.entries = [...entries].sort((a, b) => a.start - b.start || a.end - b.end);
    const n = this.entries.length;
    this.starts = Float64Array.from(this.entries, (e) => e.start);
    let size = 1;
    while (size < n) size *= 2;
    this.size = size;
    this.maxEnd = new Float64Array(2 * size).fill(-Infinity);
    this.entries.forEach((e, i) => (this.maxEnd[size + i] = Math.max(e.start, e.end)));
    for (let node = size - 1; node >= 1; node--) {
      this.maxEnd[node] = Math.max(
        this.maxEnd[2 * node] ?? -Infinity,
        this.maxEnd[2 * node + 1] ?? -Infinity,
      );
    }
  }

  get length(): number {
    return this.entries.length;
  }

  /** Number of entries that start at or before `time`. */
  startingBy(time: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.starts[mid] as number) <= time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Positions (ascending, so in start order) of the entries overlapping [from, to]. */
  query(from: number, to: number): number[] {
    const limit = this.startingBy(to);
    const found: number[] = [];
    if (limit === 0) return found;
    const visit = (node: number, lo: number, hi: number) => {
      if (lo >= limit || (this.maxEnd[node] as number) < from) return;
      if (hi - lo === 1) {
        found.push(lo);
        return;
      }
      const mid = (lo + hi) >>> 1;
      visit(2 * node, lo, mid);
      visit(2 * node + 1, mid, hi);
    };
    visit(1, 0, this.size);
    return found;
  }
}
