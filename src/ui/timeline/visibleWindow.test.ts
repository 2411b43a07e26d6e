import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../app/bench/syntheticEvents.ts';
import {
  DISPLAY_OPTIONS,
  displayPlan,
  indexEvents,
  planIsStale,
  timelineEntry,
} from './visibleWindow.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('timelineEntry', () => {
  it('gives points and bars their drawn extent, status and coarsest precision', () => {
    const [first] = syntheticEvents(1, { seed: 2 });
    const entry = timelineEntry(first!);
    expect(entry.id).toBe(first!.id);
    expect(entry.end).toBeGreaterThanOrEqual(entry.start);
    expect(entry.point).toBe(entry.end === entry.start);
  });
});

describe('displayPlan', () => {
  const events = syntheticEvents(10_000, { seed: 1 });
  const indexed = indexEvents(events);
  const whole = { start: new Date(2004, 6, 1).getTime(), end: new Date(2025, 6, 1).getTime() };

  it('draws a few events all one by one', () => {
    const few = indexEvents(events.slice(0, 40));
    const plan = displayPlan(few, whole, 1200);
    expect(plan.clusters).toEqual([]);
    expect(plan.singles).toHaveLength(40);
  });

  it('draws 10,000 events over 20 years as clusters, with every event counted once', () => {
    const plan = displayPlan(indexed, whole, 1200);
    const drawn = plan.singles.length + plan.clusters.length;
    expect(drawn).toBeLessThan(400);
    const counted = plan.clusters.reduce((sum, c) => sum + c.count, 0) + plan.singles.length;
    expect(counted).toBe(10_000);
  });

  it('never puts more than perCell single events in one cell', () => {
    const plan = displayPlan(indexed, whole, 1200);
    const perCell = new Map<number, number>();
    for (const i of plan.singles) {
      const entry = indexed.index.entries[i]!;
      const cell = Math.floor(
        Math.max(entry.start, Math.min(whole.start, entry.end)) / plan.cellMs,
      );
      perCell.set(cell, (perCell.get(cell) ?? 0) + 1);
    }
    expect(Math.max(...perCell.values())).toBeLessThanOrEqual(DISPLAY_OPTIONS.perCell);
  });

  it('opens clusters into single events as one zooms in', () => {
    const middle = new Date(2015, 5, 10).getTime();
    const week = { start: middle, end: middle + 7 * DAY };
    const plan = displayPlan(indexed, week, 1200);
    // Only the long bars running past both sides stay together, as one band.
    expect(plan.clusters.filter((c) => !c.band)).toEqual([]);
    expect(plan.singles.length).toBeGreaterThan(0);
    // Every single overlaps the covered stretch.
    for (const i of plan.singles) {
      const e = indexed.index.entries[i]!;
      expect(e.start <= plan.range.end && e.end >= plan.range.start).toBe(true);
    }
  });

  it('draws every event by itself once zoomed in as far as the timeline goes', () => {
    const newYear = new Date(2015, 0, 1).getTime();
    const crowded = displayPlan(indexed, { start: newYear - DAY, end: newYear + DAY }, 1200);
    expect(crowded.clusters.length).toBeGreaterThan(0);
    const closest = displayPlan(indexed, { start: newYear - 3e6, end: newYear + 6 * 3.6e6 }, 1200);
    expect(closest.clusters).toEqual([]);
    expect(closest.singles.length).toBeGreaterThan(DISPLAY_OPTIONS.perCell);
  });

  it('draws many bars across a short window as one band, even among few events', () => {
    const day = new Date(2015, 5, 3).getTime();
    const plan = displayPlan(indexed, { start: day, end: day + 10 * DAY }, 1200);
    expect(plan.clusters).toHaveLength(1);
    expect(plan.clusters[0]?.band).toBe(true);
    expect(plan.clusters[0]?.count).toBeGreaterThan(DISPLAY_OPTIONS.bandOver);
  });

  it('always draws the pinned event by itself, even far outside the window', () => {
    const last = events.at(-1)!.id;
    const tiny = { start: whole.start, end: whole.start + DAY };
    const plan = displayPlan(indexed, tiny, 1200, last);
    expect(plan.singles.map((i) => indexed.index.entries[i]?.id)).toContain(last);
    const crowded = displayPlan(indexed, whole, 1200, last);
    expect(crowded.singles.map((i) => indexed.index.entries[i]?.id)).toContain(last);
  });
});

describe('planIsStale', () => {
  const indexed = indexEvents(syntheticEvents(100, { seed: 1 }));
  const view = { start: 0, end: 1000 * DAY };
  const plan = displayPlan(indexed, view, 800);

  it('holds while the window moves less than a quarter of its width', () => {
    expect(planIsStale(plan, { start: 200 * DAY, end: 1200 * DAY }, 800)).toBe(false);
    expect(planIsStale(plan, { start: 300 * DAY, end: 1300 * DAY }, 800)).toBe(true);
  });

  it('goes stale on zoom or another drawing width', () => {
    expect(planIsStale(plan, { start: 0, end: 900 * DAY }, 800)).toBe(true);
    expect(planIsStale(plan, view, 700)).toBe(true);
    expect(planIsStale(null, view, 800)).toBe(true);
  });
});
