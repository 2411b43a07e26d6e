import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aggregate,
  cellSize,
  precisionGroup,
  widenToCells,
  type ClusterableEntry,
} from './clusters.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function point(id: string, at: number, extra: Partial<ClusterableEntry> = {}): ClusterableEntry {
  return { id, start: at, end: at, status: 'happened', precision: 'day', ...extra };
}

describe('cellSize', () => {
  it('is a power of two of minutes about the target width on screen', () => {
    expect(cellSize(MINUTE, 128)).toBe(128 * MINUTE);
    const size = cellSize(HOUR, 120);
    expect(Math.log2(size / MINUTE) % 1).toBe(0);
    expect(size / HOUR).toBeGreaterThan(120 * 0.7);
    expect(size / HOUR).toBeLessThan(120 * 1.42);
  });

  it('never goes below a minute', () => {
    expect(cellSize(1, 10)).toBe(MINUTE);
  });
});

describe('widenToCells', () => {
  const YEAR = 365 * 24 * HOUR;

  it('takes in the whole cells of the first and last events, at the cells of the window it gives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 * YEAR }),
        fc.integer({ min: 1, max: 20 * YEAR }),
        // A drawing four cells wide and more: a desktop's, a tablet's.
        fc.integer({ min: 640, max: 2500 }),
        (first, length, width) => {
          const last = first + length;
          const view = { start: first - length * 0.03, end: last + length * 0.02 };
          const wide = widenToCells(view, first, last, width, 160);
          const cell = cellSize((wide.end - wide.start) / width, 160);
          expect(wide.start).toBeLessThanOrEqual(
            Math.min(view.start, Math.floor(first / cell) * cell),
          );
          expect(wide.end).toBeGreaterThanOrEqual(
            Math.max(view.end, (Math.floor(last / cell) + 1) * cell),
          );
          // Widened by at most a few cells: the story still fills the drawing.
          expect(wide.end - wide.start).toBeLessThanOrEqual(view.end - view.start + 4 * cell);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves a window alone whose ends already hold whole cells', () => {
    const cell = cellSize((64 * YEAR) / 1000, 160);
    const view = { start: 0, end: 64 * YEAR };
    expect(widenToCells(view, cell, view.end - cell * 1.5, 1000, 160)).toEqual(view);
  });
});

describe('precisionGroup', () => {
  it('reads weeks and quarters as months, decades as years', () => {
    expect(
      ['minute', 'day', 'week', 'quarter', 'decade'].map((p) => precisionGroup(p as never)),
    ).toEqual(['minute', 'day', 'month', 'month', 'year']);
  });
});

describe('aggregate', () => {
  const cell = 100 * MINUTE;
  const crowded = Array.from({ length: 8 }, (_, i) =>
    point(`c${i}`, cell * 3 + i * MINUTE, {
      status: i < 2 ? 'planned' : 'happened',
      precision: i < 3 ? 'year' : 'minute',
    }),
  );
  const sparse = [point('a', cell * 1 + 5 * MINUTE), point('b', cell * 7)];
  const entries = [...sparse.slice(0, 1), ...crowded, ...sparse.slice(1)];
  const all = entries.map((_, i) => i);
  const view = { start: 0, end: 10 * cell };

  it('turns a cell with more than perCell events into one count with its status and precision mix', () => {
    const { singles, clusters } = aggregate(entries, all, view, view, cell, 6);
    expect(singles.map((i) => entries[i]?.id)).toEqual(['a', 'b']);
    expect(clusters).toEqual([
      {
        id: `cluster:${cell}:3`,
        start: 3 * cell,
        end: 4 * cell,
        zoomTo: { start: 3 * cell, end: 4 * cell },
        band: false,
        count: 8,
        byStatus: { happened: 6, ongoing: 0, planned: 2 },
        byPrecision: { minute: 5, day: 0, month: 0, year: 3 },
      },
    ]);
  });

  it('leaves cells at or under perCell as single events', () => {
    const { singles, clusters } = aggregate(entries, all, view, view, cell, 8);
    expect(clusters).toEqual([]);
    expect(singles).toEqual(all);
  });

  it('leaves the pinned event out for the caller to draw by itself', () => {
    const { singles, clusters } = aggregate(entries, all, view, view, cell, 6, 'c4');
    expect(clusters[0]?.count).toBe(7);
    expect(singles.map((i) => entries[i]?.id)).toEqual(['a', 'b']);
  });

  it('counts a span under way at the window start in the first visible cell', () => {
    const spans = Array.from({ length: 3 }, (_, i) => ({
      ...point(`s${i}`, 0),
      end: 10 * cell,
    }));
    const window = { start: 5.5 * cell, end: 20 * cell };
    const { clusters } = aggregate(spans, [0, 1, 2], window, window, cell, 2);
    expect(clusters.map((c) => c.start)).toEqual([5 * cell]);
  });

  it('draws many bars running past both sides of the window as one band that zooms out to them', () => {
    const bars = Array.from({ length: 4 }, (_, i) => ({
      ...point(`s${i}`, -i * cell, { precision: 'year' as const }),
      end: 30 * cell + i * cell,
    }));
    const window = { start: 5 * cell, end: 6 * cell };
    const range = { start: 4.5 * cell, end: 6.5 * cell };
    const { singles, clusters } = aggregate(bars, [0, 1, 2, 3], window, range, cell, 2);
    expect(singles).toEqual([]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({
      band: true,
      start: range.start,
      end: range.end,
      zoomTo: { start: -3 * cell, end: 33 * cell },
      count: 4,
      byPrecision: { year: 4 },
    });
    // Few enough of them are drawn one by one.
    expect(aggregate(bars, [0, 1, 2, 3], window, range, cell, 4).singles).toHaveLength(4);
  });
});
