import { useCallback, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { TimelineEvent } from '../../core/model/index.ts';
import { TimelineLegend } from './TimelineLegend.tsx';
import { LazyTimelineCanvas } from './LazyTimelineCanvas.tsx';
// Types only: vis-timeline itself arrives with the lazily loaded canvas.
import type { TimelineControls, TimelineRow, VisibleWindow } from './useVisTimeline.ts';
import './timeline.css';

export interface TimelinePanelProps {
  events: readonly TimelineEvent[];
  /** Rows by article, or null to draw every source together. */
  rows?: readonly TimelineRow[] | null;
  selectedId: string | null;
  publishedOn: string;
  /** Shown over the empty timeline when there is nothing to draw yet. */
  emptyMessage: string | null;
  /** What the engine is doing, shown beside the zoom buttons. */
  status: ReactNode;
  /** More controls for the toolbar (undo and redo), between the status and the zoom. */
  tools?: ReactNode;
  onSelect: (id: string | null) => void;
  onStep: (direction: 1 | -1) => void;
  /** Handed the canvas's controls once it has loaded (the bench page drives it through them). */
  onControls?: (controls: TimelineControls | null) => void;
}

/**
 * The "Timeline" region: the vis-timeline canvas, zoom buttons and keyboard control.
 * The visible window is exposed as `data-window-start`/`data-window-end` (ISO) so tools
 * and tests can read it without parsing the axis.
 */
export function TimelinePanel(props: TimelinePanelProps) {
  const { events, selectedId, publishedOn, emptyMessage, status, onSelect, onStep } = props;
  const controlsRef = useRef<TimelineControls | null>(null);
  const { onControls } = props;
  const setControls = useCallback(
    (controls: TimelineControls | null) => {
      controlsRef.current = controls;
      onControls?.(controls);
    },
    [onControls],
  );
  const regionRef = useRef<HTMLElement>(null);
  // Written straight to the DOM: the window changes every frame while someone drags.
  const showWindow = (view: VisibleWindow) => {
    regionRef.current?.setAttribute('data-window-start', view.start.toISOString());
    regionRef.current?.setAttribute('data-window-end', view.end.toISOString());
  };
  // Until the drawing has loaded there is nothing to zoom: the buttons then do nothing.
  const zoomIn = () => controlsRef.current?.zoomIn();
  const zoomOut = () => controlsRef.current?.zoomOut();
  const fit = () => controlsRef.current?.fit();

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = KEYS[event.key];
    if (!action) return;
    event.preventDefault();
    if (action === 'next') onStep(1);
    else if (action === 'previous') onStep(-1);
    else if (action === 'first') onSelect(events[0]?.id ?? null);
    else if (action === 'last') onSelect(events.at(-1)?.id ?? null);
    else if (action === 'clear') onSelect(null);
    else controlsRef.current?.[action]();
  }

  return (
    <section
      ref={regionRef}
      aria-label="Timeline"
      aria-describedby="timeline-keys"
      className="timeline-panel"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="timeline-toolbar">
        {status}
        {props.tools}
        <div className="timeline-zoom" role="group" aria-label="Zoom">
          <button type="button" onClick={zoomIn}>
            Zoom in
          </button>
          <button type="button" onClick={zoomOut}>
            Zoom out
          </button>
          <button type="button" onClick={fit}>
            Fit all
          </button>
        </div>
      </div>
      <div className="timeline-frame">
        <LazyTimelineCanvas
          events={events}
          rows={props.rows ?? null}
          selectedId={selectedId}
          publishedOn={publishedOn}
          onSelect={onSelect}
          onWindowChange={showWindow}
          controlsRef={setControls}
        />
        {emptyMessage && <p className="timeline-empty">{emptyMessage}</p>}
      </div>
      <div className="timeline-footer">
        <TimelineLegend />
        <p id="timeline-keys" className="timeline-hint">
          <kbd>←</kbd> <kbd>→</kbd> previous / next event · <kbd>+</kbd> <kbd>−</kbd> zoom · drag to
          move
        </p>
      </div>
    </section>
  );
}

type KeyAction = 'next' | 'previous' | 'first' | 'last' | 'clear' | 'zoomIn' | 'zoomOut' | 'fit';

const KEYS: Partial<Record<string, KeyAction>> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'clear',
  '+': 'zoomIn',
  '=': 'zoomIn',
  '-': 'zoomOut',
  _: 'zoomOut',
  '0': 'fit',
};
