import { useCallback, useEffect, type Dispatch, type ReactNode } from 'react';
import type { AppState } from '../app/state/appState.ts';
import type { Action } from '../app/state/actions.ts';
import {
  activeArticle,
  activeExtraction,
  currentEvents,
  selectedEvent,
} from '../app/state/selectors.ts';
import {
  changePublicationDate,
  retryExtraction,
  selectEvent,
  stepEvent,
} from '../app/state/actions.ts';
import { SEED_ARTICLE } from '../app/seed/seed.ts';
import { useEventHash } from './hooks/useEventHash.ts';
import { usePresenterKeys } from './hooks/usePresenterKeys.ts';
import { AppHeader } from './header/AppHeader.tsx';
import { StatusLine } from './StatusLine.tsx';
import { TimelinePanel } from './timeline/TimelinePanel.tsx';
import { EventList } from './events/EventList.tsx';
import { EventDetails } from './details/EventDetails.tsx';
import { ArticleView, showPassage } from './article/ArticleView.tsx';

export interface AppProps {
  /** The state and dispatch live in the Shell, which saves them and runs the engine. */
  state: AppState;
  dispatch: Dispatch<Action>;
  /** The Timelines / New timeline / Add article buttons, shown in the header. */
  toolbar?: ReactNode;
  /** Messages about saving (storage full, changed in another tab), under the header. */
  banner?: ReactNode;
}

/** The editor for the open timeline. */
export function App({ state, dispatch, toolbar, banner }: AppProps) {
  useEventHash(state.selectedEventId, dispatch);

  const article = activeArticle(state) ?? SEED_ARTICLE;
  const extraction = activeExtraction(state);
  const events = currentEvents(state);
  const selected = selectedEvent(state);
  const selectedId = selected?.id ?? null;

  useEffect(() => {
    document.title = `${article.title} · Datelines`;
  }, [article.title]);

  const onSelect = useCallback((id: string | null) => dispatch(selectEvent(id)), [dispatch]);
  const onStep = useCallback((direction: 1 | -1) => dispatch(stepEvent(direction)), [dispatch]);
  usePresenterKeys(onStep);

  const emptyMessage =
    events.length > 0
      ? null
      : extraction.status === 'running'
        ? 'Reading the article…'
        : extraction.status === 'ready'
          ? 'No dated events found in this article.'
          : null;

  return (
    <div className="app">
      <AppHeader
        article={article}
        dateInput={state.publicationDate.input}
        dateError={state.publicationDate.error}
        onDateChange={(input) => dispatch(changePublicationDate(input))}
        toolbar={toolbar}
      />
      {banner}
      <main className="app-main">
        <TimelinePanel
          events={events}
          selectedId={selectedId}
          publishedOn={article.publishedOn}
          emptyMessage={emptyMessage}
          status={
            <StatusLine
              extraction={extraction}
              eventCount={events.length}
              onRetry={() => dispatch(retryExtraction())}
            />
          }
          onSelect={onSelect}
          onStep={onStep}
        />
        <div className="columns">
          <div className="side-column">
            {/* Details first: right under the timeline, where a click there looks for them. */}
            <EventDetails event={selected} onShowInArticle={showPassage} />
            <EventList events={events} selectedId={selectedId} onSelect={onSelect} />
          </div>
          <ArticleView
            article={article}
            events={events}
            selectedId={selectedId}
            onSelect={onSelect}
          />
        </div>
      </main>
    </div>
  );
}
