import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import {
  Timeline,
  type DataItemCollectionType,
  type IdType,
  type TimelineOptions,
} from 'vis-timeline/peer';
import { DataSet } from 'vis-data/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { format, parseISO } from 'date-fns';
import type { TimelineEvent } from '../../core/model/index.ts';
import { SEVERAL_SOURCES_ROW, timelineItems, type TimelineItem } from './timelineItems.ts';
import { fitAll, relayout, type FitOptions, type FittedWindow } from './fitWindow.ts';
import { measureLabels, placeLabels } from './labelPlacement.ts';

export interface VisibleWindow {
  start: Date;
  end: Date;
}

/** A row of the timeline: one article, when sources are drawn apart. */
export interface TimelineRow {
  id: string;
  title: string;
}

export interface VisTimelineProps {
  events: readonly TimelineEvent[];
  /** Rows by article, or null to draw every source together. */
  rows?: readonly TimelineRow[] | null;
  selectedId: string | null;
  /** `YYYY-MM-DD`, drawn as a labelled vertical line. */
  publishedOn: string;
  onSelect: (id: string | null) => void;
  onWindowChange: (window: VisibleWindow) => void;
}

export interface TimelineControls {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
}

const PUBLISHED_MARKER = 'published';

/** Present at runtime on Timeline but missing from its typings. */
interface CustomTimeMarker {
  setCustomTimeMarker: (title: string, id?: IdType, editable?: boolean) => void;
}
const HOUR = 60 * 60 * 1000;

const OPTIONS: TimelineOptions = {
  editable: false,
  multiselect: false,
  selectable: true,
  showCurrentTime: false,
  stack: true,
  orientation: { axis: 'top', item: 'top' },
  margin: { item: { horizontal: 8, vertical: 8 }, axis: 12 },
  minHeight: 220,
  maxHeight: 560,
  verticalScroll: true,
  zoomMin: 6 * HOUR,
  zoomMax: 200 * 365 * 24 * HOUR,
};

/** The drawing's tallest: about 40% of the window, between 220 and 560 px. */
function maxHeightFor(windowHeight: number): number {
  return Math.round(Math.min(560, Math.max(220, windowHeight * 0.4)));
}

function animation(): FitOptions {
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    animation: reduce ? false : { duration: 250, easingFunction: 'easeInOutQuad' as const },
  };
}

/**
 * Owns the vis-timeline instance (and with it moment.js, which stays inside this module):
 * created in an effect, fed through a DataSet, destroyed on unmount.
 */
export function useVisTimeline(
  containerRef: RefObject<HTMLDivElement | null>,
  props: VisTimelineProps,
): TimelineControls {
  const { events, selectedId, publishedOn } = props;
  const rows = props.rows ?? null;
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<TimelineItem, 'id'> | null>(null);
  /** Label widths in pixels by item id; measured again when the items or the size change. */
  const labelsRef = useRef<ReadonlyMap<string, number>>(new Map());
  /** The window "Fit all" last chose: kept fitted when the drawing changes width. */
  const fittedRef = useRef<FittedWindow>(null);
  const onSelect = useEffectEvent(props.onSelect);
  const onWindowChange = useEffectEvent(props.onWindowChange);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const items = new DataSet<TimelineItem, 'id'>();
    // Our items carry DOM elements as content, which the typings (string only) do not describe.
    const timeline = new Timeline(container, items as unknown as DataItemCollectionType, {
      ...OPTIONS,
      maxHeight: maxHeightFor(window.innerHeight),
    });
    // A shorter window, a shorter drawing: the columns below must keep room to scroll.
    let maxHeight = maxHeightFor(window.innerHeight);
    const onWindowResize = () => {
      const next = maxHeightFor(window.innerHeight);
      if (next === maxHeight) return;
      maxHeight = next;
      timeline.setOptions({ maxHeight });
    };
    window.addEventListener('resize', onWindowResize);
    timeline.on('select', (selection?: { items: IdType[] }) => {
      const id = selection?.items[0];
      onSelect(id === undefined ? null : String(id));
    });
    // Programmatic moves without animation emit no 'rangechanged'; 'rangechange' covers them.
    const report = (range?: VisibleWindow) => {
      if (range) onWindowChange({ start: range.start, end: range.end });
    };
    timeline.on('rangechange', report);
    timeline.on('rangechanged', report);
    // Labels move in or out of their bars once a zoom ends, not on every animation frame.
    timeline.on('rangechanged', () => placeLabels(timeline, items, container, labelsRef.current));
    // Wider or narrower screen, full screen: other label widths, other bar widths.
    let width = container.clientWidth;
    const refresh = () => {
      if (timelineRef.current !== timeline) return; // destroyed meanwhile
      width = container.clientWidth;
      const layout = relayout(timeline, items, container, fittedRef.current);
      labelsRef.current = layout.labels;
      fittedRef.current = layout.fitted;
    };
    const resize = new ResizeObserver(() => {
      if (container.clientWidth !== width) refresh();
    });
    // Full screen brings bigger type, even where the width stays the same.
    const fullScreen = () => requestAnimationFrame(refresh);
    document.addEventListener('fullscreenchange', fullScreen);
    resize.observe(container);
    timelineRef.current = timeline;
    itemsRef.current = items;
    onWindowChange(timeline.getWindow());
    return () => {
      resize.disconnect();
      window.removeEventListener('resize', onWindowResize);
      document.removeEventListener('fullscreenchange', fullScreen);
      timelineRef.current = null;
      itemsRef.current = null;
      timeline.destroy();
    };
  }, [containerRef]);

  useEffect(() => {
    const timeline = timelineRef.current;
    const items = itemsRef.current;
    const container = containerRef.current;
    if (!timeline || !items || !container) return;
    items.clear();
    // Rows first, so that every grouped item finds its row.
    timeline.setGroups(rows ? rowGroups(rows, events) : undefined);
    items.add(timelineItems(events, rows !== null));
    labelsRef.current = measureLabels(container, items.get());
    fittedRef.current = fitAll(timeline, items, container, labelsRef.current, {
      animation: false,
    });
  }, [events, rows, containerRef]);

  useEffect(() => {
    const timeline = timelineRef.current;
    const item = selectedId === null ? null : itemsRef.current?.get(selectedId);
    if (!timeline) return;
    timeline.setSelection(item ? [item.id] : []);
    if (!item) return;
    const view = timeline.getWindow();
    const end = item.end ?? item.start;
    if (item.start < view.start || end > view.end) {
      const middle = new Date((item.start.getTime() + end.getTime()) / 2);
      timeline.moveTo(middle, animation());
    }
  }, [selectedId, events]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const day = parseISO(publishedOn);
    timeline.addCustomTime(day, PUBLISHED_MARKER);
    const label = `Published ${format(day, 'd MMM yyyy')}`;
    (timeline as Timeline & CustomTimeMarker).setCustomTimeMarker(label, PUBLISHED_MARKER, false);
    timeline.setCustomTimeTitle(label, PUBLISHED_MARKER);
    return () => {
      if (timelineRef.current === timeline) timeline.removeCustomTime(PUBLISHED_MARKER);
    };
  }, [publishedOn]);

  return {
    zoomIn: () => timelineRef.current?.zoomIn(0.5, animation()),
    zoomOut: () => timelineRef.current?.zoomOut(0.5, animation()),
    fit: () => {
      const timeline = timelineRef.current;
      const items = itemsRef.current;
      const container = containerRef.current;
      if (timeline && items && container) {
        fittedRef.current = fitAll(timeline, items, container, labelsRef.current, animation());
      }
    },
  };
}

/** vis-timeline groups for the rows, labels built as text (an article title is never HTML). */
function rowGroups(rows: readonly TimelineRow[], events: readonly TimelineEvent[]) {
  const several = events.some((e) => new Set(e.sources.map((s) => s.documentId)).size > 1);
  const all = several ? [...rows, { id: SEVERAL_SOURCES_ROW, title: 'Several articles' }] : rows;
  return new DataSet(
    all.map((row, order) => {
      const label = document.createElement('span');
      label.className = 'tl-row-label';
      label.textContent = row.title;
      label.title = row.title;
      return { id: row.id, content: label, order };
    }),
  ) as unknown as DataSet<{ id: string; content: string }>;
}
