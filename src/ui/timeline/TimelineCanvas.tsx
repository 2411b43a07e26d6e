import { useImperativeHandle, useRef, type Ref } from 'react';
import type { TimelineEvent } from '../../core/model/index.ts';
import {
  useVisTimeline,
  type TimelineControls,
  type TimelineRow,
  type VisibleWindow,
} from './useVisTimeline.ts';
import './timelineItems.css';

export interface TimelineCanvasProps {
  events: readonly TimelineEvent[];
  /** Rows by article, or null to draw every source together. */
  rows?: readonly TimelineRow[] | null;
  selectedId: string | null;
  publishedOn: string;
  onSelect: (id: string | null) => void;
  onWindowChange: (window: VisibleWindow) => void;
  /** Zoom and fit, for the panel's buttons and keys. */
  controlsRef: Ref<TimelineControls | null>;
}

/**
 * The vis-timeline drawing itself. Loaded on its own (see `LazyTimelineCanvas`), so the
 * page shows its header, list, details and article before vis-timeline and moment arrive.
 */
export function TimelineCanvas({ controlsRef, ...props }: TimelineCanvasProps) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const controls = useVisTimeline(canvasRef, props);
  useImperativeHandle(controlsRef, () => controls, [controls]);
  return <div ref={canvasRef} className="timeline-canvas" />;
}
