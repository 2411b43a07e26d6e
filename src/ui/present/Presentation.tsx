import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { TimelineEvent } from '../../core/model/index.ts';
import { describeEventDate } from '../../core/calendar/describeDate.ts';
import { eventQuotes } from '../../core/formats/exportInput.ts';
import { StatusBadge } from '../events/StatusBadge.tsx';
import { LazyTimelineCanvas } from '../timeline/LazyTimelineCanvas.tsx';
import type { TimelineControls } from '../timeline/useVisTimeline.ts';
import { nextSlide, presentCommand } from './presentKeys.ts';
import './present.css';

export interface PresentationProps {
  title: string;
  /** In date order. */
  events: readonly TimelineEvent[];
  publishedOn: string;
  /** The event to start on; the first when absent. */
  startId: string | null;
  /** Told of every event shown, so the page behind follows the presentation. */
  onShow: (id: string) => void;
  onLeave: () => void;
}

/**
 * A full-screen presentation for a class: one event at a time in large type, the
 * timeline beneath moving to it. Arrows, PageDown / PageUp (clickers), Space, Home and
 * End step; Escape leaves, and so does leaving the browser's full screen. The page
 * behind is inert while it is open.
 */
export function Presentation({
  title,
  events,
  publishedOn,
  startId,
  onShow,
  onLeave,
}: PresentationProps) {
  const [at, setAt] = useState(() =>
    Math.max(
      0,
      events.findIndex((e) => e.id === startId),
    ),
  );
  const rootRef = useRef<HTMLDivElement>(null);
  const controlsRef = useRef<TimelineControls | null>(null);
  const event = events[Math.min(at, events.length - 1)];
  const leave = useEffectEvent(onLeave);
  const show = useEffectEvent(onShow);

  useEffect(() => {
    if (event) show(event.id);
  }, [event]);

  useEffect(() => {
    rootRef.current?.focus();
    const app = document.getElementById('root');
    app?.setAttribute('inert', '');
    const onKeyDown = (key: KeyboardEvent) => {
      const command = presentCommand(key);
      if (!command) return;
      key.preventDefault();
      if (command === 'leave') leave();
      else setAt((index) => nextSlide(command, index, events.length));
    };
    // The browser's own Escape leaves full screen without a key event reaching the page.
    let wasFullScreen = document.fullscreenElement !== null;
    const onFullScreenChange = () => {
      if (document.fullscreenElement) wasFullScreen = true;
      else if (wasFullScreen) leave();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('fullscreenchange', onFullScreenChange);
    return () => {
      app?.removeAttribute('inert');
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('fullscreenchange', onFullScreenChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, [events.length]);

  const quotes = event ? eventQuotes(event).filter((q) => q.trim() !== '') : [];
  return createPortal(
    <div
      ref={rootRef}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label="Presentation"
      tabIndex={-1}
    >
      <div className="presentation-bar">
        <p className="presentation-title">{title}</p>
        <p className="presentation-progress">
          {events.length === 0 ? '0 / 0' : `${at + 1} / ${events.length}`}
        </p>
        <div className="presentation-buttons">
          <button
            type="button"
            onClick={() => setAt((i) => nextSlide('previous', i, events.length))}
            disabled={at === 0}
          >
            Previous
          </button>
          <button
            type="button"
            onClick={() => setAt((i) => nextSlide('next', i, events.length))}
            disabled={at >= events.length - 1}
          >
            Next
          </button>
          <button type="button" onClick={onLeave}>
            Leave presentation
          </button>
        </div>
      </div>
      <div className="presentation-stage" aria-live="polite">
        {event ? (
          <article key={event.id} className="presentation-slide">
            <p className="presentation-date">
              {describeEventDate(event.date)}
              {event.status !== 'happened' && <StatusBadge status={event.status} />}
            </p>
            <h2 className="presentation-headline">{event.title}</h2>
            {quotes.slice(0, 2).map((quote, i) => (
              <blockquote key={i} className="presentation-quote">
                “{quote}”
              </blockquote>
            ))}
          </article>
        ) : (
          <p className="presentation-slide">There are no events to present.</p>
        )}
      </div>
      <div className="presentation-timeline" aria-hidden="true">
        <LazyTimelineCanvas
          events={events}
          selectedId={event?.id ?? null}
          publishedOn={publishedOn}
          onSelect={(id) => {
            const index = events.findIndex((e) => e.id === id);
            if (index >= 0) setAt(index);
          }}
          onWindowChange={() => undefined}
          controlsRef={controlsRef}
        />
      </div>
    </div>,
    document.body,
  );
}
