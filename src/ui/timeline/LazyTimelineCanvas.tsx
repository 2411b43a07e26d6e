import { Component, useEffect, useState, type ReactNode } from 'react';
import type * as Canvas from './TimelineCanvas.tsx';
import { useAfterTask } from '../hooks/useAfterTask.ts';
import { isStaged } from './stagedDrawing.ts';

type TimelineCanvasProps = Canvas.TimelineCanvasProps;
type CanvasModule = typeof Canvas;

let loaded: CanvasModule | null = null;
let loading: Promise<CanvasModule> | null = null;

/** Fetches the drawing's chunk once; the page may ask for it early (see the reader's main). */
export function loadTimelineCanvas(): Promise<CanvasModule> {
  loading ??= import('./TimelineCanvas.tsx').then((module) => (loaded = module));
  return loading;
}

/**
 * The timeline drawing, fetched after the first paint. Until it arrives (or if it cannot
 * be fetched) a calm frame of the timeline's height holds its place. Not `React.lazy`:
 * a Suspense boundary's content is revealed on React's throttle (up to 300 ms after its
 * fallback showed), which held the first drawing back for nothing.
 */
export function LazyTimelineCanvas(props: TimelineCanvasProps) {
  const [module, setModule] = useState<CanvasModule | null>(loaded);
  // A large timeline's drawing waits for a task of its own, even when its code is there: the
  // page around it (list, details, article) is enough work for the task that mounts it.
  const ready = useAfterTask(isStaged(props.events.length));
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (module) return;
    let live = true;
    loadTimelineCanvas().then(
      (arrived) => live && setModule(arrived),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [module]);

  const height = expectedHeight(props.events.length);
  const failure = (
    <Placeholder
      height={height}
      message="The timeline could not be loaded. Every event is in the list below."
    />
  );
  if (failed) return failure;
  if (!module || !ready) return <Placeholder height={height} message={null} />;
  return (
    <LoadFailure fallback={failure}>
      <module.TimelineCanvas {...props} />
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

/** A drawing that fails costs the drawing, not the page. */
class LoadFailure extends Component<LoadFailureProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
