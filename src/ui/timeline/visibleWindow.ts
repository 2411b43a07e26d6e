import type { TimelineEvent } from '../../core/model/index.ts';
import { itemShape, rowOf } from './timelineItems.ts';
import { IntervalIndex } from './intervalIndex.ts';
import {
  aggregate,
  cellSize,
  precisionGroup,
  type Cluster,
  type ClusterableEntry,
  type PrecisionGroup,
} from './clusters.ts';

/** One event as the windowing sees it: where it is drawn, in milliseconds. */
export interface TimelineEntry extends ClusterableEntry {
  /** Drawn as a point (then `end` equals `start`) or as a bar. */
  point: boolean;
}

export interface TimeWindow {
  start: number;
  end: number;
}

/** What the timeline draws for a window: some events one by one, the crowded rest as counts. */
export interface DisplayPlan {
  /** The window it was made for, and its width in pixels. */
  view: TimeWindow;
  width: number;
  /** The stretch it covers: the window and a margin either side, so a pan finds items there. */
  range: TimeWindow;
  cellMs: number;
  /** Positions in the index of the events drawn one by one, in start order. */
  singles: number[];
  clusters: Cluster[];
}

export interface DisplayOptions {
  /** Up to this many events in the covered stretch are all drawn one by one. */
  budget: number;
  /** Beyond the budget, a cell with more than this many events becomes a cluster. */
  perCell: number;
  /**
   * Within the budget, more than this many bars running past both sides of the window still
   * become one band: each would take a row of its own across the whole drawing.
   */
  bandOver: number;
  /** Cluster cells are about this many pixels wide. */
  cellPixels: number;
  /** The covered stretch reaches this many window widths past each side. */
  margin: number;
  /**
   * Windows this short (milliseconds) draw every event by itself: zoomed this far in,
   * events still crowded into one cell start at the same moment ("2015", "January") and
   * no further zoom would part them.
   */
  unclusteredBelow: number;
}

export const DISPLAY_OPTIONS: DisplayOptions = {
  budget: 150,
  perCell: 6,
  bandOver: 12,
  cellPixels: 160,
  margin: 0.5,
  unclusteredBelow: 12 * 60 * 60 * 1000,
};

/** The entry of an event: its drawn extent (see `itemShape`), status and precision. */
export function timelineEntry(event: TimelineEvent, grouped = false): TimelineEntry {
  const shape = itemShape(event);
  const start = shape.start.getTime();
  const { date } = event;
  const entry: TimelineEntry = {
    id: event.id,
    start,
    end: shape.end ? shape.end.getTime() : start,
    point: shape.type === 'point',
    status: event.status,
    precision: coarser(
      precisionGroup(date.start.precision),
      precisionGroup((date.end ?? date.start).precision),
    ),
  };
  if (grouped) entry.group = rowOf(event);
  return entry;
}

const FINENESS: Readonly<Record<PrecisionGroup, number>> = { minute: 0, day: 1, month: 2, year: 3 };
/** The coarser of two precisions (read ten thousand times when a large timeline opens). */
function coarser(a: PrecisionGroup, b: PrecisionGroup): PrecisionGroup {
  return FINENESS[a] >= FINENESS[b] ? a : b;
}

/** The events indexed for windowing, and where each id sits in the index. */
export interface EntryIndex {
  index: IntervalIndex<TimelineEntry>;
  positions: ReadonlyMap<string, number>;
}

/** Builds the index once per set of events: O(n log n). */
export function indexEvents(events: readonly TimelineEvent[], grouped = false): EntryIndex {
  const index = new IntervalIndex(events.map((event) => timelineEntry(event, grouped)));
  const positions = new Map<string, number>();
  index.entries.forEach((entry, i) => positions.set(entry.id, i));
  return { index, positions };
}

/**
 * What to draw for the window `view`, `width` pixels wide: the events overlapping it (and a
 * margin) one by one while they are few, and beyond `budget` the crowded cells as clusters.
 * The `pinned` event (the selected one) is always drawn by itself, wherever it is.
 * Costs O(log n + k) for the k events in the covered stretch.
 */
export function displayPlan(
  { index, positions }: EntryIndex,
  view: TimeWindow,
  width: number,
  pinned: string | null = null,
  options: DisplayOptions = DISPLAY_OPTIONS,
): DisplayPlan {
  const span = Math.max(view.end - view.start, 1);
  const range = {
    start: view.start - span * options.margin,
    end: view.end + span * options.margin,
  };
  const cellMs = cellSize(span / Math.max(width, 1), options.cellPixels);
  const hits = index.query(range.start, range.end);
  let singles: number[];
  let clusters: Cluster[] = [];
  if (span <= options.unclusteredBelow) {
    singles = hits;
  } else if (hits.length <= options.budget) {
    const entries = index.entries;
    const across = hits.filter((i) => isAcross(entries[i] as TimelineEntry, view));
    if (across.length > options.bandOver) {
      ({ clusters } = aggregate(entries, across, view, range, cellMs, options.bandOver, pinned));
      singles = hits.filter((i) => !isAcross(entries[i] as TimelineEntry, view));
    } else singles = hits;
  } else {
    ({ singles, clusters } = aggregate(
      index.entries,
      hits,
      view,
      range,
      cellMs,
      options.perCell,
      pinned,
    ));
  }
  const pinnedAt = pinned === null ? undefined : positions.get(pinned);
  if (pinnedAt !== undefined && !singles.includes(pinnedAt)) {
    singles = [...singles, pinnedAt].sort((a, b) => a - b);
  }
  return { view, width, range, cellMs, singles, clusters };
}

function isAcross(entry: TimelineEntry, view: TimeWindow): boolean {
  return entry.start < view.start && entry.end > view.end;
}

/**
 * True when `plan` no longer serves the window: zoomed (another width of time or of
 * screen), or moved by more than a quarter of the window, so the margin runs thin.
 */
export function planIsStale(plan: DisplayPlan | null, view: TimeWindow, width: number): boolean {
  if (!plan) return true;
  const span = view.end - view.start;
  const planned = plan.view.end - plan.view.start;
  if (width !== plan.width || Math.abs(span - planned) > planned * 0.01) return true;
  return Math.abs(view.start - plan.view.start) > span * 0.25;
}
