import type { Timeline } from 'vis-timeline/peer';
import type { DataSet } from 'vis-data/peer';
import type { TimelineEvent } from '../../core/model/index.ts';
import { timelineItem, type TimelineItem } from './timelineItems.ts';
import { clusterItem } from './clusterItems.ts';
import { widenToCells, type Cluster } from './clusters.ts';
import {
  DISPLAY_OPTIONS,
  displayPlan,
  indexEvents,
  planIsStale,
  type DisplayPlan,
  type EntryIndex,
  type TimelineEntry,
  type TimeWindow,
} from './visibleWindow.ts';
import { drawingWidth, labelClassUpdates, measureLabels } from './labelPlacement.ts';
import type { FitItem } from './fitWindow.ts';

/** Pixels left free at each end of a cluster bar, more than vis-timeline's item margin. */
const CLUSTER_INSET_PX = 6;

/**
 * Keeps vis-timeline's DataSet to what the window shows (see `displayPlan`): events near
 * the window one by one, crowded stretches as clusters. Items are built (DOM labels
 * included) the first time they are shown and kept for the next time; each update adds and
 * removes only the difference.
 */
export class WindowedItems {
  private indexed: EntryIndex = indexEvents([]);
  private events = new Map<string, TimelineEvent>();
  private built = new Map<string, TimelineItem>();
  private clusterContents = new Map<string, HTMLElement>();
  private clusters = new Map<string, Cluster>();
  private shown = new Map<string, TimelineItem>();
  private plan: DisplayPlan | null = null;
  private pinned: string | null = null;
  private grouped = false;
  /** Label widths in pixels by event id, measured when first shown at this drawing size. */
  labels = new Map<string, number>();

  constructor(
    private readonly timeline: Timeline,
    private readonly items: DataSet<TimelineItem, 'id'>,
    private readonly container: HTMLElement,
  ) {}

  /** A new set of events: everything is indexed anew and nothing is drawn until `update`. */
  setEvents(events: readonly TimelineEvent[], grouped = false): void {
    this.grouped = grouped;
    this.indexed = indexEvents(events, grouped);
    this.events = new Map(events.map((e) => [e.id, e]));
    this.built.clear();
    this.clusterContents.clear();
    this.clusters.clear();
    this.shown.clear();
    this.labels.clear();
    this.items.clear();
    this.plan = null;
  }

  get size(): number {
    return this.indexed.index.length;
  }

  entry(id: string): TimelineEntry | undefined {
    const position = this.indexed.positions.get(id);
    return position === undefined ? undefined : this.indexed.index.entries[position];
  }

  cluster(id: string): Cluster | undefined {
    return this.clusters.get(id);
  }

  /** Keeps `id` (the selected event) drawn by itself; null lets it rejoin its cluster. */
  pin(id: string | null): void {
    if (id === this.pinned) return;
    this.pinned = id;
    this.update(true);
  }

  /** Brings the DataSet in line with the window, unless the last plan still serves it. */
  update(force = false): void {
    const window = this.timeline.getWindow();
    const view = { start: window.start.getTime(), end: window.end.getTime() };
    const width = drawingWidth(this.container);
    if (!force && !planIsStale(this.plan, view, width)) return;
    this.plan = displayPlan(this.indexed, view, width, this.pinned, DISPLAY_OPTIONS);
    this.apply(this.plan, (view.end - view.start) / Math.max(width, 1));
  }

  /** Measures every shown label again (the drawing changed size) and redraws. */
  remeasure(): void {
    this.labels = measureLabels(this.container, [...this.shown.values()].filter(isEventItem(this)));
    this.items.update([...this.shown.values()].map((item) => ({ ...item })));
    this.update(true);
  }

  /**
   * The items "Fit all" fits: every event while they are few, with their labels measured so
   * the last ones get room; beyond that the ends are clusters, so the first and the latest
   * ending event bound the window.
   */
  fitItems(): FitItem[] {
    const entries = this.indexed.index.entries;
    if (entries.length === 0) return [];
    if (this.fitsClusters) {
      let latest = entries[0] as TimelineEntry;
      for (const e of entries) if (e.end > latest.end) latest = e;
      // Ids of no event: no label widths, so no room is added for labels.
      return [entries[0] as TimelineEntry, latest].map((e, i) => ({
        id: `fit:${i}`,
        type: 'range',
        start: e.start,
        end: e.end,
      }));
    }
    this.measure(entries.map((e) => this.item(e.id)).filter((i) => i !== undefined));
    return entries.map(toFitItem);
  }

  /**
   * `view` as "Fit all" shows it: while the events are drawn as clusters, widened to the
   * whole cells of the first and the last, so that neither cluster is cut off at the edge.
   */
  fittedToClusters(view: TimeWindow, width: number): TimeWindow {
    const entries = this.indexed.index.entries;
    const first = entries[0];
    const last = entries.at(-1);
    if (!this.fitsClusters || !first || !last) return view;
    return widenToCells(view, first.start, last.start, width, DISPLAY_OPTIONS.cellPixels);
  }

  /** Whether "Fit all" shows more events than the budget, its ends drawn as clusters. */
  private get fitsClusters(): boolean {
    return this.indexed.index.length > DISPLAY_OPTIONS.budget;
  }

  private item(id: string): TimelineItem | undefined {
    let item = this.built.get(id);
    if (!item) {
      const event = this.events.get(id);
      if (!event) return undefined;
      item = timelineItem(event, this.grouped);
      this.built.set(id, item);
    }
    return item;
  }

  private measure(items: readonly TimelineItem[]): void {
    const missing = items.filter((item) => !this.labels.has(item.id));
    if (missing.length === 0) return;
    for (const [id, width] of measureLabels(this.container, missing)) this.labels.set(id, width);
  }

  private apply(plan: DisplayPlan, scale: number): void {
    const next = new Map<string, TimelineItem>();
    const entries = this.indexed.index.entries;
    for (const position of plan.singles) {
      const id = (entries[position] as TimelineEntry).id;
      const item = this.shown.get(id) ?? this.item(id);
      if (item) next.set(id, item);
    }
    this.clusters = new Map(plan.clusters.map((c) => [c.id, c]));
    const inset = CLUSTER_INSET_PX * scale;
    const changed: TimelineItem[] = [];
    for (const cluster of plan.clusters) {
      let content = this.clusterContents.get(cluster.id);
      if (!content)
        this.clusterContents.set(cluster.id, (content = document.createElement('span')));
      const item = clusterItem(cluster, content, inset);
      const before = this.shown.get(cluster.id);
      if (before && sameExtent(before, item)) {
        next.set(cluster.id, before);
        continue;
      }
      next.set(cluster.id, item);
      if (before) changed.push(item);
    }
    const removed = [...this.shown.keys()].filter((id) => !next.has(id));
    const added = [...next.values()].filter((item) => !this.shown.has(item.id));
    const newEvents = added.filter(isEventItem(this));
    this.measure(newEvents);
    // New events come with their labels placed for this scale (inside or after their bar).
    const outside = new Map(
      labelClassUpdates(newEvents, this.labels, scale).map((u) => [u.id, u.className]),
    );
    const toAdd = added.map((item) => {
      const className = outside.get(item.id);
      return className ? { ...item, className } : item;
    });
    for (const id of removed) this.clusterContents.delete(id);
    this.shown = next;
    if (removed.length > 0) this.items.remove(removed);
    if (toAdd.length > 0) this.items.add(toAdd);
    if (changed.length > 0) this.items.update(changed);
    if (this.pinned !== null && added.some((item) => item.id === this.pinned)) {
      this.timeline.setSelection([this.pinned]);
    }
  }
}

function isEventItem(windowed: WindowedItems): (item: TimelineItem) => boolean {
  return (item) =>
    windowed.cluster(item.id) === undefined && !item.className.includes('tl-cluster');
}

function sameExtent(a: TimelineItem, b: TimelineItem): boolean {
  return (
    a.start.getTime() === b.start.getTime() &&
    a.end?.getTime() === b.end?.getTime() &&
    a.className === b.className
  );
}

function toFitItem(entry: TimelineEntry): FitItem {
  return entry.point
    ? { id: entry.id, type: 'point', start: entry.start }
    : { id: entry.id, type: 'range', start: entry.start, end: entry.end };
}
