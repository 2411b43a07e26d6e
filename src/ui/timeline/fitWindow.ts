import type { Timeline, TimelineAnimationOptions } from 'vis-timeline/peer';
import type { DataSet } from 'vis-data/peer';
import type { TimelineItem } from './timelineItems.ts';

export type FitOptions = TimelineAnimationOptions | { animation: false };

const DAY = 24 * 60 * 60 * 1000;
/** Pixels between a point's time and its label's start (the dot), plus the label's padding. */
const POINT_LABEL_OFFSET = 32;

/**
 * Shows every item, with room on the right for the labels of the last points, which
 * vis-timeline's own `fit()` leaves cut off at the edge.
 */
export function fitAll(
  timeline: Timeline,
  items: DataSet<TimelineItem, 'id'>,
  container: HTMLElement | null,
  options: FitOptions,
) {
  const all = items.get();
  if (all.length === 0 || !container) return;
  const start = Math.min(...all.map((item) => item.start.getTime()));
  const end = Math.max(...all.map((item) => (item.end ?? item.start).getTime()));
  const span = Math.max(end - start, 7 * DAY);
  const from = start - span * 0.03;
  const width = container.clientWidth;
  const labels = labelWidths(container, all);
  let to = end + span * 0.02;
  for (const item of all) {
    const measured = labels.get(item.id);
    if (measured === undefined) continue;
    // On a phone a long label cannot fit at any useful zoom: keep its start in view.
    const label = Math.min(measured, width * 0.45);
    // The label ends inside the window when (t - from) / (to - from) * width + label <= width.
    to = Math.max(to, from + ((item.start.getTime() - from) * width) / (width - label));
  }
  timeline.setWindow(from, Math.min(to, end + span * 0.6), options);
}

/** Pixel widths of the point labels, measured on copies styled like the real items. */
function labelWidths(container: HTMLElement, items: readonly TimelineItem[]): Map<string, number> {
  const probe = document.createElement('div');
  probe.className = 'vis-item vis-point tl-item tl-measure';
  container.append(probe);
  const widths = new Map<string, number>();
  for (const item of items) {
    if (item.type !== 'point') continue;
    probe.replaceChildren(item.content.cloneNode(true));
    widths.set(item.id, probe.offsetWidth + POINT_LABEL_OFFSET);
  }
  probe.remove();
  return widths;
}
