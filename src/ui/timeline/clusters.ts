import type { EventStatus, Precision } from '../../core/model/index.ts';
import type { Extent } from './intervalIndex.ts';

/** How finely an event's date is known, in the four steps a cluster tells apart. */
export type PrecisionGroup = 'minute' | 'day' | 'month' | 'year';

/** What a cluster needs to know of each event. */
export interface ClusterableEntry extends Extent {
  id: string;
  status: EventStatus;
  precision: PrecisionGroup;
  /** Its row, when articles have rows of their own: clusters never mix rows. */
  group?: string;
}

/** Several events that would collide at this zoom, drawn as one count over their stretch. */
export interface Cluster {
  /** Stable while the zoom stays: the cell size and the cell's number. */
  id: string;
  /** Where it is drawn: its cell, or for a band the whole stretch covered. */
  start: number;
  end: number;
  /** What opening it shows: its cell, or for a band the whole of the bars it holds. */
  zoomTo: Extent;
  /** A band: bars that each run past both sides of the window, drawn as one. */
  band: boolean;
  /** The row it is drawn in, when articles have rows of their own. */
  group?: string;
  count: number;
  byStatus: Record<EventStatus, number>;
  byPrecision: Record<PrecisionGroup, number>;
}

const MINUTE = 60 * 1000;

/** The precision step of a date point (weeks, seasons and quarters count as months). */
export function precisionGroup(precision: Precision): PrecisionGroup {
  switch (precision) {
    case 'minute':
      return 'minute';
    case 'day':
      return 'day';
    case 'week':
    case 'month':
    case 'season':
    case 'quarter':
      return 'month';
    default:
      return 'year';
  }
}

/**
 * The width of a cluster cell in milliseconds for a scale: a power of two of minutes, so
 * cells stay put while the reader pans and change only on zoom; between 0.7 and 1.4 times
 * `targetPixels` wide on screen.
 *
 * @example cellSize(60_000, 120) // 131 072 minutes in ms: 2^17 minutes ≈ 128 px
 */
export function cellSize(msPerPixel: number, targetPixels = 120): number {
  const minutes = Math.max((msPerPixel * targetPixels) / MINUTE, 1);
  return MINUTE * 2 ** Math.round(Math.log2(minutes));
}

/**
 * `view` widened so that the cells the first and the last events start in lie wholly inside
 * it: a cluster is drawn over its whole cell, and a window that starts or ends inside a
 * cell would cut its box off. Cells are powers of two of minutes, so a window whose ends
 * hold whole cells of one size holds whole cells of every smaller size too: the cell grows
 * until the window it gives is drawn with cells no larger. A drawing too narrow for that
 * (a few cells across) keeps `view`.
 *
 * @param firstStart the earliest start of the events, `lastStart` the latest, in ms
 * @param width the drawing's width in pixels
 */
export function widenToCells(
  view: Extent,
  firstStart: number,
  lastStart: number,
  width: number,
  targetPixels: number,
): Extent {
  const cellsOf = (window: Extent) =>
    cellSize((window.end - window.start) / Math.max(width, 1), targetPixels);
  const around = (cell: number): Extent => ({
    start: Math.min(view.start, Math.floor(firstStart / cell) * cell),
    end: Math.max(view.end, (Math.floor(lastStart / cell) + 1) * cell),
  });
  for (let cell = cellsOf(view), round = 0; round < 8; cell *= 2, round++) {
    const window = around(cell);
    if (cellsOf(window) <= cell) return window;
  }
  return view;
}

export interface Aggregation {
  /** Positions of the events drawn one by one. */
  singles: number[];
  clusters: Cluster[];
}

/**
 * Groups the events at `positions` into cells of `cellMs` by where they show (their start,
 * or the window's start for one already under way), and turns every cell holding more than
 * `perCell` of them into a cluster. Bars running past both sides of the window do not
 * collide where they start but row over row: more than `perCell` of them become one band
 * across the covered stretch `range`. `pinned` (the selected event) is left out: the caller
 * draws it by itself wherever it is.
 */
export function aggregate<T extends ClusterableEntry>(
  entries: readonly T[],
  positions: readonly number[],
  view: Extent,
  range: Extent,
  cellMs: number,
  perCell: number,
  pinned: string | null = null,
): Aggregation {
  const viewStart = view.start;
  // Keyed by row and cell; a band per row.
  const cells = new Map<string, { cell: number; group?: string; members: number[] }>();
  const bands = new Map<string, { group?: string; members: number[] }>();
  for (const position of positions) {
    const entry = entries[position];
    if (!entry || entry.id === pinned) continue;
    const row = entry.group === undefined ? {} : { group: entry.group };
    if (entry.start < view.start && entry.end > view.end) {
      const key = entry.group ?? '';
      let band = bands.get(key);
      if (!band) bands.set(key, (band = { ...row, members: [] }));
      band.members.push(position);
      continue;
    }
    const cell = Math.floor(Math.max(entry.start, Math.min(viewStart, entry.end)) / cellMs);
    const key = `${entry.group ?? ''}\u0000${cell}`;
    let found = cells.get(key);
    if (!found) cells.set(key, (found = { cell, ...row, members: [] }));
    found.members.push(position);
  }
  const singles: number[] = [];
  const clusters: Cluster[] = [];
  for (const { cell, group, members } of cells.values()) {
    if (members.length <= perCell) singles.push(...members);
    else {
      const extent = { start: cell * cellMs, end: (cell + 1) * cellMs };
      const id = `cluster:${cellMs}:${cell}${group === undefined ? '' : `:${group}`}`;
      clusters.push({ ...summarise(entries, members, id, extent, extent), ...rowOf(group) });
    }
  }
  for (const { group, members } of bands.values()) {
    if (members.length <= perCell) {
      singles.push(...members);
      continue;
    }
    let start = Infinity;
    let end = -Infinity;
    for (const position of members) {
      start = Math.min(start, (entries[position] as T).start);
      end = Math.max(end, (entries[position] as T).end);
    }
    const id = `band:${cellMs}${group === undefined ? '' : `:${group}`}`;
    clusters.push({
      ...summarise(entries, members, id, range, { start, end }),
      ...rowOf(group),
      band: true,
    });
  }
  singles.sort((a, b) => a - b);
  clusters.sort((a, b) => a.start - b.start);
  return { singles, clusters };
}

function rowOf(group: string | undefined): { group?: string } {
  return group === undefined ? {} : { group };
}

function summarise(
  entries: readonly ClusterableEntry[],
  members: readonly number[],
  id: string,
  drawn: Extent,
  zoomTo: Extent,
): Cluster {
  const byStatus: Record<EventStatus, number> = { happened: 0, ongoing: 0, planned: 0 };
  const byPrecision: Record<PrecisionGroup, number> = { minute: 0, day: 0, month: 0, year: 0 };
  for (const position of members) {
    const entry = entries[position] as ClusterableEntry;
    byStatus[entry.status]++;
    byPrecision[entry.precision]++;
  }
  return {
    id,
    start: drawn.start,
    end: drawn.end,
    zoomTo,
    band: false,
    count: members.length,
    byStatus,
    byPrecision,
  };
}
