import { useImperativeHandle, useRef, type Ref } from 'react';
import { useVisTimeline, type TimelineControls, type VisTimelineProps } from './useVisTimeline.ts';
import './timelineItems.css';

export interface TimelineCanvasProps extends VisTimelineProps {
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
