import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { TimelineCanvasProps } from './TimelineCanvas.tsx';

const TimelineCanvas = lazy(() =>
  import('./TimelineCanvas.tsx').then((module) => ({ default: module.TimelineCanvas })),
);

/**
 * The timeline drawing, fetched after the first paint. Until it arrives (or if it cannot
 * be fetched) a calm frame of the timeline's height holds its place.
 */
export function LazyTimelineCanvas(props: TimelineCanvasProps) {
  const height = expectedHeight(props.events.length);
  return (
    <LoadFailure
      fallback={
        <Placeholder
          height={height}
          message="The timeline could not be loaded. Every event is in the list below."
        />
      }
    >
      <Suspense fallback={<Placeholder height={height} message={null} />}>
        <TimelineCanvas {...props} />
      </Suspense>
    </LoadFailure>
  );
}

/**
 * About the height vis-timeline will take (between its 220 and 560 px limits): the axis plus
 * a row for most events, as stacking usually shares a few rows. Only to keep the page still.
 */
function expectedHeight(events: number): number {
  return Math.min(560, Math.max(220, 64 + 36 * Math.ceil(events * 0.7)));
}

function Placeholder({ height, message }: { height: number; message: string | null }) {
  return (
    <div className="timeline-canvas timeline-placeholder" style={{ minHeight: height }}>
      {message && <p className="timeline-placeholder-message">{message}</p>}
    </div>
  );
}

interface LoadFailureProps {
  fallback: ReactNode;
  children: ReactNode;
}

/** A failed chunk download (an embed gone offline) costs the drawing, not the page. */
class LoadFailure extends Component<LoadFailureProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
