import type { Timeline, TimelineAnimationOptions } from 'vis-timeline/peer';
import type { DataSet } from 'vis-data/peer';
import type { TimelineItem } from './timelineItems.ts';
import {
  drawingWidth,
  labelOutside,
  measureLabels,
  placeLabels,
  POINT_LABEL_OFFSET,
  RANGE_LABEL_GAP,
} from './labelPlacement.ts';

export type FitOptions = TimelineAnimationOptions | { animation: false };

const DAY = 24 * 60 * 60 * 1000;

/**
 * The window that shows every item, with room on the right for the labels drawn after the
 * last points and short bars, which vis-timeline's own `fit()` leaves cut off at the edge.
 *
 * @param labels label widths in pixels, by item id (see `measureLabels`)
 * @param width the drawing area's width in pixels
 */
export function fitWindow(
  items: readonly TimelineItem[],
  labels: ReadonlyMap<string, number>,
  width: number,
): { start: number; end: number } | null {
  if (items.length === 0 || width <= 0) return null;
  const start = Math.min(...items.map((item) => item.start.getTime()));
  const end = Math.max(...items.map((item) => (item.end ?? item.start).getTime()));
  const span = Math.max(end - start, 7 * DAY);
  const from = start - span * 0.03;
  // Past this the story gets too squeezed; a phone's wrapped labels need more room on the right.
  const widest = end + span * (width < 600 ? 1.2 : 0.6);
  let to = end + span * 0.02;
  // Widening the window narrows the bars, which may push more labels outside: a few rounds settle it.
  for (let round = 0; round < 3; round++) {
    const scale = (to - from) / width;
    let next = end + span * 0.02;
    for (const item of items) {
      const measured = labels.get(item.id);
      if (measured === undefined) continue;
      let anchor: number;
      let label: number;
      if (item.type === 'point') {
        anchor = item.start.getTime();
        label = measured + POINT_LABEL_OFFSET;
      } else if (item.end && labelOutside(item, measured, scale)) {
        anchor = item.end.getTime();
        label = measured + RANGE_LABEL_GAP;
      } else continue;
      // Labels wrap at 40% of the width (see timelineItems.css); this only guards odd cases.
      label = Math.min(label, width * 0.6);
      // The label ends inside the window when (t - from) / (to - from) * width + label <= width.
      next = Math.max(next, from + ((anchor - from) * width) / (width - label));
    }
    to = Math.min(next, widest);
  }
  return { start: from, end: to };
}

export type FittedWindow = { start: number; end: number } | null;

/**
 * Shows every item with its label (see `fitWindow`), then places the range labels.
 * @returns the window it fitted, or null when there is nothing to show
 */
export function fitAll(
  timeline: Timeline,
  items: DataSet<TimelineItem, 'id'>,
  container: HTMLElement,
  labels: ReadonlyMap<string, number>,
  options: FitOptions,
): FittedWindow {
  const view = fitWindow(items.get(), labels, drawingWidth(container));
  if (!view) return null;
  timeline.setWindow(view.start, view.end, options);
  // Without animation the window is already there; otherwise 'rangechanged' places them.
  if (options.animation === false) placeLabels(timeline, items, container, labels);
  return view;
}

/**
 * After the drawing changed width (a rotated phone, full screen with its bigger type):
 * vis-timeline measures its items again, the labels are measured again, and a window still
 * as "Fit all" left it is fitted anew; one the reader zoomed or moved stays.
 */
export function relayout(
  timeline: Timeline,
  items: DataSet<TimelineItem, 'id'>,
  container: HTMLElement,
  fitted: FittedWindow,
): { labels: Map<string, number>; fitted: FittedWindow } {
  timeline.redraw();
  // Setting the items again marks them for measuring again.
  items.update(items.get());
  const labels = measureLabels(container, items.get());
  const { start, end } = timeline.getWindow();
  const stillFitted =
    fitted !== null &&
    Math.abs(start.getTime() - fitted.start) < 1000 &&
    Math.abs(end.getTime() - fitted.end) < 1000;
  if (stillFitted) {
    return { labels, fitted: fitAll(timeline, items, container, labels, { animation: false }) };
  }
  placeLabels(timeline, items, container, labels);
  return { labels, fitted };
}
