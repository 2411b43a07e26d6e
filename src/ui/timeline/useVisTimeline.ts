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
import { SEVERAL_SOURCES_ROW, type TimelineItem } from './timelineItems.ts';
import {
  DEFAULT_ZOOM_MAX,
  fitAll,
  relayout,
  type FitOptions,
  type FittedWindow,
} from './fitAll.ts';
import { placeLabels, placeMarkers } from './labelPlacement.ts';
import { WindowedItems } from './windowedItems.ts';
import { isClusterId } from './clusterItems.ts';
import { isStaged } from './stagedDrawing.ts';

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
  /** Immediate, unanimated moves, for benchmarks and tools (see the bench page). */
  jump: {
    fit: () => void;
    zoomIn: (percentage: number) => void;
    setWindow: (start: number, end: number) => void;
    moveTo: (time: number) => void;
    window: () => { start: number; end: number } | null;
  };
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
  zoomMax: DEFAULT_ZOOM_MAX,
};

/** The drawing's tallest: about 30% of the window, between 220 and 560 px. */
function maxHeightFor(windowHeight: number): number {
  return Math.round(Math.min(560, Math.max(220, windowHeight * 0.3)));
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
  /** What of the events the DataSet holds: those near the window, crowded ones as clusters. */
  const windowedRef = useRef<WindowedItems | null>(null);
  /** The window "Fit all" last chose: kept fitted when the drawing changes width. */
  const fittedRef = useRef<FittedWindow>(null);
  const selectedRef = useRef<string | null>(selectedId);
  /** The timer of a drawing still to come (0: none). */
  const drawRef = useRef(0);
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
    const windowed = new WindowedItems(timeline, items, container);
    /** A cluster opens onto its stretch: zoomed in there, its events part. */
    const openCluster = (id: string) => {
      const cluster = windowed.cluster(id);
      if (!cluster) return;
      const pad = (cluster.zoomTo.end - cluster.zoomTo.start) * 0.05;
      timeline.setWindow(cluster.zoomTo.start - pad, cluster.zoomTo.end + pad, animation());
    };
    timeline.on('select', (selection?: { items: IdType[] }) => {
      const id = selection?.items[0];
      if (id !== undefined && isClusterId(String(id))) {
        // A cluster is not an event: the selection stays where it was.
        const selected = selectedRef.current;
        timeline.setSelection(selected !== null && items.get(selected) ? [selected] : []);
        openCluster(String(id));
        return;
      }
      onSelect(id === undefined ? null : String(id));
    });
    // Enter or Space on a focused cluster opens it, as a click does.
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const element = target?.closest<HTMLElement>('.vis-item.tl-cluster');
      const id = element ? clusterIdOf(items, target) : null;
      if (!id) return;
      event.preventDefault();
      event.stopPropagation();
      openCluster(id);
    };
    container.addEventListener('keydown', onKey);
    // Programmatic moves without animation emit no 'rangechanged'; 'rangechange' covers them.
    const report = (range?: VisibleWindow) => {
      if (range) onWindowChange({ start: range.start, end: range.end });
    };
    // The items follow the window at most once a frame, and only once it has moved a
    // quarter of its width or zoomed (see planIsStale): dragging stays cheap.
    let frame = 0;
    timeline.on('rangechange', (range?: VisibleWindow) => {
      report(range);
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        if (timelineRef.current === timeline) windowed.update();
      });
    });
    timeline.on('rangechanged', report);
    // After every redraw, once vis-timeline has put the marker lines where they now are.
    timeline.on('changed', () => placeMarkers(container));
    // Labels move in or out of their bars once a zoom ends, not on every animation frame.
    timeline.on('rangechanged', () => {
      windowed.update();
      placeLabels(timeline, items, container, windowed.labels);
    });
    // Wider or narrower screen, full screen: other label widths, other bar widths.
    let width = container.clientWidth;
    const refresh = () => {
      if (timelineRef.current !== timeline) return; // destroyed meanwhile
      width = container.clientWidth;
      fittedRef.current = relayout(timeline, windowed, items, container, fittedRef.current);
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
    windowedRef.current = windowed;
    onWindowChange(timeline.getWindow());
    return () => {
      resize.disconnect();
      cancelAnimationFrame(frame);
      container.removeEventListener('keydown', onKey);
      window.removeEventListener('resize', onWindowResize);
      document.removeEventListener('fullscreenchange', fullScreen);
      timelineRef.current = null;
      itemsRef.current = null;
      windowedRef.current = null;
      timeline.destroy();
    };
  }, [containerRef]);

  useEffect(() => {
    const timeline = timelineRef.current;
    const items = itemsRef.current;
    const windowed = windowedRef.current;
    const container = containerRef.current;
    if (!timeline || !items || !windowed || !container) return;
    const draw = () => {
      windowed.pin(selectedRef.current);
      fittedRef.current = fitAll(timeline, windowed, items, container, { animation: false });
    };
    // Rows first, so that every grouped item finds its row.
    timeline.setGroups(rows ? rowGroups(rows, events) : undefined);
    if (!isStaged(events.length)) {
      windowed.setEvents(events, rows !== null);
      draw();
      return;
    }
    // A large timeline (see stagedDrawing.ts): indexing the events and drawing them are
    // tasks of their own, after the render's; the three together would hold the page. The
    // selection waits for the drawing.
    drawRef.current = window.setTimeout(() => {
      if (timelineRef.current !== timeline) return;
      windowed.setEvents(events, rows !== null);
      drawRef.current = window.setTimeout(() => {
        drawRef.current = 0;
        if (timelineRef.current !== timeline) return;
        draw();
        showSelected(timeline, windowed, selectedRef.current);
      }, 0);
    }, 0);
    return () => {
      window.clearTimeout(drawRef.current);
      drawRef.current = 0;
    };
  }, [events, rows, containerRef]);

  useEffect(() => {
    selectedRef.current = selectedId;
    const timeline = timelineRef.current;
    const windowed = windowedRef.current;
    // Events still to be drawn: the drawing shows the selection.
    if (!timeline || !windowed || drawRef.current !== 0) return;
    showSelected(timeline, windowed, selectedId);
  }, [selectedId, events]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const day = parseISO(publishedOn);
    timeline.addCustomTime(day, PUBLISHED_MARKER);
    const label = `Published ${format(day, 'd MMM yyyy')}`;
    (timeline as Timeline & CustomTimeMarker).setCustomTimeMarker(label, PUBLISHED_MARKER, false);
    timeline.setCustomTimeTitle(label, PUBLISHED_MARKER);
    // The marker is made after the redraw adding its line caused: placed now, then after each redraw.
    if (containerRef.current) placeMarkers(containerRef.current);
    return () => {
      if (timelineRef.current === timeline) timeline.removeCustomTime(PUBLISHED_MARKER);
    };
  }, [publishedOn, containerRef]);

  const fit = (options: FitOptions) => {
    const timeline = timelineRef.current;
    const items = itemsRef.current;
    const windowed = windowedRef.current;
    const container = containerRef.current;
    if (timeline && items && windowed && container) {
      fittedRef.current = fitAll(timeline, windowed, items, container, options);
    }
  };
  const still = { animation: false } as const;
  return {
    zoomIn: () => timelineRef.current?.zoomIn(0.5, animation()),
    zoomOut: () => timelineRef.current?.zoomOut(0.5, animation()),
    fit: () => fit(animation()),
    jump: {
      fit: () => fit(still),
      zoomIn: (percentage) => timelineRef.current?.zoomIn(percentage, still),
      setWindow: (start, end) => timelineRef.current?.setWindow(start, end, still),
      moveTo: (time) => timelineRef.current?.moveTo(time, still),
      window: () => {
        const view = timelineRef.current?.getWindow();
        return view ? { start: view.start.getTime(), end: view.end.getTime() } : null;
      },
    },
  };
}

/** Selects the event in the drawing, drawn by itself, and moves the window to it if need be. */
function showSelected(timeline: Timeline, windowed: WindowedItems, selectedId: string | null) {
  // The selected event is always drawn by itself, even inside a crowded stretch.
  windowed.pin(selectedId);
  const entry = selectedId === null ? undefined : windowed.entry(selectedId);
  timeline.setSelection(entry ? [entry.id] : []);
  if (!entry) return;
  const view = timeline.getWindow();
  if (entry.start < view.start.getTime() || entry.end > view.end.getTime()) {
    const middle = new Date((entry.start + entry.end) / 2);
    timeline.moveTo(middle, animation());
  }
}

/** The id of the cluster item whose label holds `element`. */
function clusterIdOf(
  items: DataSet<TimelineItem, 'id'>,
  element: HTMLElement | null,
): string | null {
  const label = element?.closest('.tl-cluster-label');
  if (!label) return null;
  const found = items.get({ filter: (item) => item.content === label });
  return found[0]?.id ?? null;
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
