import type { Timeline } from 'vis-timeline/peer';
import type { DataSet } from 'vis-data/peer';
import type { TimelineItem } from './timelineItems.ts';

/** Class of a range whose title does not fit in its bar: the title continues past the bar's end. */
export const OUTSIDE_LABEL = 'tl-outside';

/** Pixels between a point's time and its label's start (the dot), plus the label's padding. */
export const POINT_LABEL_OFFSET = 32;
/** Pixels between a bar's end and the label drawn after it. */
export const RANGE_LABEL_GAP = 4;

/** Pixel widths of the item labels (padding included), measured on copies styled like the items. */
export function measureLabels(
  container: HTMLElement,
  items: readonly TimelineItem[],
): Map<string, number> {
  const probe = document.createElement('div');
  probe.className = 'vis-item vis-point tl-item tl-measure';
  container.append(probe);
  const widths = new Map<string, number>();
  for (const item of items) {
    probe.replaceChildren(item.content.cloneNode(true));
    widths.set(item.id, probe.offsetWidth);
  }
  probe.remove();
  return widths;
}

/** Width in pixels of vis-timeline's drawing area inside `container`. */
export function drawingWidth(container: HTMLElement): number {
  return container.querySelector('.vis-center')?.clientWidth ?? container.clientWidth;
}

/** True when a range's label is wider than its bar at this scale. */
export function labelOutside(
  item: { type: TimelineItem['type']; start: Date | number; end?: Date | number },
  label: number | undefined,
  scale: number,
): boolean {
  if (item.type !== 'range' || item.end === undefined || label === undefined) return false;
  return label > (Number(item.end) - Number(item.start)) / scale;
}

/**
 * The class changes that put each range's label inside its bar or after it, for the
 * current scale; empty when nothing changes (so vis-timeline does not restack).
 *
 * @example labelClassUpdates(items, widths, msPerPixel(container, end - start))
 */
export function labelClassUpdates(
  items: readonly TimelineItem[],
  labels: ReadonlyMap<string, number>,
  scale: number,
): { id: string; className: string }[] {
  const updates: { id: string; className: string }[] = [];
  for (const item of items) {
    const classes = item.className.split(' ').filter((c) => c !== OUTSIDE_LABEL);
    if (labelOutside(item, labels.get(item.id), scale)) classes.push(OUTSIDE_LABEL);
    const className = classes.join(' ');
    if (className !== item.className) updates.push({ id: item.id, className });
  }
  return updates;
}

/** Puts each range's title inside its bar, or after it when the bar is too short to hold it. */
export function placeLabels(
  timeline: Timeline,
  items: DataSet<TimelineItem, 'id'>,
  container: HTMLElement,
  labels: ReadonlyMap<string, number>,
) {
  const { start, end } = timeline.getWindow();
  const scale = (end.getTime() - start.getTime()) / Math.max(drawingWidth(container), 1);
  const updates = labelClassUpdates(items.get(), labels, scale);
  if (updates.length > 0) items.update(updates);
}

/** The class that draws a marker's label before its line (see timelineItems.css). */
export const MARKER_BEFORE = 'tl-marker-before';

/**
 * Which side of its line a marker's label goes: after it, as vis-timeline draws it, unless
 * it would run past the drawing's right edge and fits before the line instead.
 *
 * @param line where the line is, `left` and `right` the drawing's edges, in pixels
 */
export function markerSide(
  line: number,
  label: number,
  left: number,
  right: number,
): 'after' | 'before' {
  return line + label > right && line - label >= left ? 'before' : 'after';
}

/** Keeps the labels of vis-timeline's markers (the publication date) inside the drawing. */
export function placeMarkers(container: HTMLElement): void {
  const drawing = container.querySelector('.vis-center')?.getBoundingClientRect();
  if (!drawing) return;
  for (const marker of container.querySelectorAll<HTMLElement>('.vis-custom-time-marker')) {
    const line = marker.parentElement?.getBoundingClientRect();
    if (!line) continue;
    const side = markerSide(line.left, marker.offsetWidth, drawing.left, drawing.right);
    marker.classList.toggle(MARKER_BEFORE, side === 'before');
  }
}
