import type { Timeline, TimelineAnimationOptions } from 'vis-timeline/peer';
import type { DataSet } from 'vis-data/peer';
import type { TimelineItem } from './timelineItems.ts';
import type { WindowedItems } from './windowedItems.ts';
import { fitWindow } from './fitWindow.ts';
import { drawingWidth, placeLabels } from './labelPlacement.ts';

/*
 * "Fit all" on the drawing: the window `fitWindow` works out for the events drawn, applied
 * to vis-timeline, and kept fitted when the drawing changes width.
 */

export type FitOptions = TimelineAnimationOptions | { animation: false };

export type FittedWindow = { start: number; end: number } | null;

/** How far out one may zoom: two centuries, unless the story spans more (see `fitAll`). */
export const DEFAULT_ZOOM_MAX = 200 * 365.25 * 24 * 60 * 60 * 1000;

/**
 * Shows every event with its label (see `fitWindow`), then places the range labels.
 * @returns the window it fitted, or null when there is nothing to show
 */
export function fitAll(
  timeline: Timeline,
  windowed: WindowedItems,
  items: DataSet<TimelineItem, 'id'>,
  container: HTMLElement,
  options: FitOptions,
): FittedWindow {
  const width = drawingWidth(container);
  const fitted = fitWindow(windowed.fitItems(), windowed.labels, width);
  if (!fitted) return null;
  const view = windowed.fittedToClusters(fitted, width);
  // A history told over centuries is shown whole: the zoom-out limit grows to hold it.
  const span = view.end - view.start;
  if (span > DEFAULT_ZOOM_MAX) timeline.setOptions({ zoomMax: span * 1.5 });
  timeline.setWindow(view.start, view.end, options);
  // Without animation the window is already there; otherwise 'rangechanged' places them.
  if (options.animation === false) {
    windowed.update();
    placeLabels(timeline, items, container, windowed.labels);
  }
  return view;
}

/**
 * After the drawing changed width (a rotated phone, full screen with its bigger type):
 * vis-timeline measures its items again, the labels are measured again, and a window still
 * as "Fit all" left it is fitted anew; one the reader zoomed or moved stays.
 */
export function relayout(
  timeline: Timeline,
  windowed: WindowedItems,
  items: DataSet<TimelineItem, 'id'>,
  container: HTMLElement,
  fitted: FittedWindow,
): FittedWindow {
  timeline.redraw();
  // Setting the items again marks them for measuring again.
  windowed.remeasure();
  const { start, end } = timeline.getWindow();
  // Never fitted yet (the drawing had no width when the events came): fit now.
  const stillFitted =
    fitted === null ||
    (Math.abs(start.getTime() - fitted.start) < 1000 &&
      Math.abs(end.getTime() - fitted.end) < 1000);
  if (stillFitted) return fitAll(timeline, windowed, items, container, { animation: false });
  placeLabels(timeline, items, container, windowed.labels);
  return fitted;
}
