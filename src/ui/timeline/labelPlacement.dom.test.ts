// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { testEvent } from '../../app/state/testEvents.ts';
import { fitWindow } from './fitWindow.ts';
import {
  labelClassUpdates,
  markerSide,
  OUTSIDE_LABEL,
  POINT_LABEL_OFFSET,
} from './labelPlacement.ts';
import { timelineItems } from './timelineItems.ts';

const DAY = 24 * 60 * 60 * 1000;

// A 15-day bar (25 February to 10 March inclusive), a month-long bar and a point.
const items = timelineItems([
  testEvent('short', '2012-02-25', { end: '2012-03-10' }),
  testEvent('month', '2012-01'),
  testEvent('day', '2012-02-27'),
]);
const labels = new Map([
  ['short', 300],
  ['month', 100],
  ['day', 150],
]);

describe('labelClassUpdates', () => {
  it('moves a title after its bar only when the bar is narrower than the title', () => {
    // One day per 10 px: the 15-day bar is 150 px (title 300), the month 310 px (title 100).
    const updates = labelClassUpdates(items, labels, DAY / 10);
    expect(updates).toEqual([
      { id: 'short', className: `${items[0]?.className} ${OUTSIDE_LABEL}` },
    ]);
  });

  it('moves it back inside once zoomed in far enough, and changes nothing twice', () => {
    const outside = items.map((item) =>
      item.type === 'range' ? { ...item, className: `${item.className} ${OUTSIDE_LABEL}` } : item,
    );
    // One day per 20 px: the 15-day bar is 300 px, room enough for its 300 px title.
    const updates = labelClassUpdates(outside, labels, DAY / 20);
    expect(updates.map((u) => u.id)).toEqual(['short', 'month']);
    expect(updates.every((u) => !u.className.includes(OUTSIDE_LABEL))).toBe(true);
    expect(labelClassUpdates(items, labels, DAY / 100)).toEqual([]);
  });
});

describe('fitWindow', () => {
  it('shows every item and leaves room for the labels after the last point and short bar', () => {
    const width = 1000;
    const fitItems = items.map((item) => ({
      id: item.id,
      type: item.type,
      start: item.start.getTime(),
      ...(item.end ? { end: item.end.getTime() } : {}),
    }));
    const view = fitWindow(fitItems, labels, width);
    expect(view).not.toBeNull();
    if (!view) return;
    const x = (time: Date) => ((time.getTime() - view.start) / (view.end - view.start)) * width;
    for (const item of items) expect(x(item.start)).toBeGreaterThanOrEqual(0);
    const [short, , day] = items;
    if (!short?.end || !day) throw new Error('missing items');
    expect(x(day.start) + 150).toBeLessThanOrEqual(width);
    // 300 px does not fit in the bar at this zoom, so it is drawn after the bar's end.
    expect(x(short.end) + 300).toBeLessThanOrEqual(width);
  });

  it('gives a long label after the last point its room, the story keeping half the width', () => {
    // A month in December, and a planned protest on 24 March whose label takes 42% of the
    // drawing ("Planned Another demonstration called for March 24", as in the seed).
    const width = 765;
    const fitItems = [
      {
        id: 'month',
        type: 'range' as const,
        start: Date.UTC(2011, 11, 1),
        end: Date.UTC(2012, 0, 1),
      },
      { id: 'planned', type: 'point' as const, start: Date.UTC(2012, 2, 24) },
    ];
    const widths = new Map([
      ['month', 120],
      ['planned', 320],
    ]);
    const view = fitWindow(fitItems, widths, width);
    if (!view) throw new Error('no window');
    const x = (time: number) => ((time - view.start) / (view.end - view.start)) * width;
    expect(x(Date.UTC(2012, 2, 24)) + 320 + POINT_LABEL_OFFSET).toBeLessThanOrEqual(width);
    expect(x(Date.UTC(2012, 2, 24))).toBeGreaterThanOrEqual(width * 0.45);
  });

  it('has nothing to fit without items', () => {
    expect(fitWindow([], labels, 1000)).toBeNull();
  });
});

describe('markerSide', () => {
  it('puts a label after its line while it fits there', () => {
    expect(markerSide(100, 120, 0, 800)).toBe('after');
    expect(markerSide(680, 120, 0, 800)).toBe('after');
  });

  it('puts it before the line when it would run past the right edge', () => {
    expect(markerSide(681, 120, 0, 800)).toBe('before');
    expect(markerSide(790, 120, 0, 800)).toBe('before');
  });

  it('leaves it after the line when it fits on neither side', () => {
    expect(markerSide(100, 300, 0, 350)).toBe('after');
  });
});
