import type { TimelineItem } from './timelineItems.ts';
import { labelOutside, POINT_LABEL_OFFSET, RANGE_LABEL_GAP } from './labelPlacement.ts';

/** What fitting needs of an item: its id (for its label width) and where it is drawn, in ms. */
export interface FitItem {
  id: string;
  type: TimelineItem['type'];
  start: number;
  end?: number;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The window that shows every item, with room on the right for the labels drawn after the
 * last points and short bars, which vis-timeline's own `fit()` leaves cut off at the edge.
 *
 * @param labels label widths in pixels, by item id (see `measureLabels`)
 * @param width the drawing area's width in pixels
 */
export function fitWindow(
  items: readonly FitItem[],
  labels: ReadonlyMap<string, number>,
  width: number,
): { start: number; end: number } | null {
  if (items.length === 0 || width <= 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, item.start);
    end = Math.max(end, item.end ?? item.start);
  }
  const span = Math.max(end - start, 7 * DAY);
  const from = start - span * 0.03;
  // Room for labels, but past this the story gets too squeezed: it keeps about half the
  // width (a title of 40% after the last point still fits); a phone's wrapped labels need more.
  const widest = end + span * (width < 600 ? 1.2 : 1);
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
        anchor = item.start;
        label = measured + POINT_LABEL_OFFSET;
      } else if (item.end !== undefined && labelOutside(item, measured, scale)) {
        anchor = item.end;
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
