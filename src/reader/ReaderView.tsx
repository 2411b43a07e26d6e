import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { ReaderTimeline } from '../core/formats/readerLink.ts';
import { asTimelineEvent } from '../core/formats/readerSchema.ts';
import { TimelinePanel } from '../ui/timeline/TimelinePanel.tsx';
import { EventList } from '../ui/events/EventList.tsx';
import { ReaderDetails } from './ReaderDetails.tsx';
import { ReaderSources } from './ReaderSources.tsx';
import {
  createReaderState,
  inDateOrder,
  readerReducer,
  selectEvent,
  stepEvent,
} from './readerState.ts';

/** A reader opens one event at a time: Shift+Arrow in the list chooses no more. */
const noChoice = () => {};

export interface ReaderViewProps {
  timeline: ReaderTimeline;
  /** The event the address asks to open. */
  initialEventId: string | null;
}

/**
 * What a reader of a published story sees: the title and sources, the timeline, the
 * selected event's details with its quotes, and the list of events. Nothing to edit.
 */
export function ReaderView({ timeline, initialEventId }: ReaderViewProps) {
  const events = useMemo(() => inDateOrder(timeline.events.map(asTimelineEvent)), [timeline]);
  const [state, dispatch] = useReducer(readerReducer, undefined, () =>
    createReaderState(events, initialEventId),
  );
  const selected = state.events.find((e) => e.id === state.selectedId);
  const onSelect = useCallback((id: string | null) => dispatch(selectEvent(id)), []);
  const onStep = useCallback((direction: 1 | -1) => dispatch(stepEvent(direction)), []);

  useEffect(() => {
    document.title = `${timeline.title} · Datelines`;
  }, [timeline.title]);

  const publishedOn = timeline.articles[0]?.publishedOn ?? '';
  return (
    <>
      <header className="reader-head">
        <h1 className="reader-title">{timeline.title}</h1>
        <ReaderSources articles={timeline.articles} title={timeline.title} />
      </header>
      <main className="reader-main">
        <TimelinePanel
          events={state.events}
          selectedId={state.selectedId}
          publishedOn={publishedOn}
          emptyMessage={state.events.length === 0 ? 'This timeline has no events yet.' : null}
          status={null}
          onSelect={onSelect}
          onStep={onStep}
        />
        <div className="reader-columns">
          <ReaderDetails event={selected} />
          <EventList
            events={state.events}
            selectedId={state.selectedId}
            chosenIds={state.selectedId === null ? [] : [state.selectedId]}
            onSelect={onSelect}
            onExtend={noChoice}
          />
        </div>
      </main>
    </>
  );
}
