import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { createDefaultState } from '../app/state/appState.ts';
import { appReducer } from '../app/state/reducer.ts';
import { activeArticle, eventsInDateOrder, selectedEvent } from '../app/state/selectors.ts';
import {
  changePublicationDate,
  retryExtraction,
  selectEvent,
  stepEvent,
} from '../app/state/actions.ts';
import { eventIdFromHash } from '../app/url/eventHash.ts';
import { SEED_ARTICLE } from '../app/seed/seed.ts';
import { useExtractionRunner } from './hooks/useExtractionRunner.ts';
import { useEventHash } from './hooks/useEventHash.ts';
import { usePresenterKeys } from './hooks/usePresenterKeys.ts';
import { AppHeader } from './header/AppHeader.tsx';
import { StatusLine } from './StatusLine.tsx';
import { TimelinePanel } from './timeline/TimelinePanel.tsx';
import { EventList } from './events/EventList.tsx';
import { EventDetails } from './details/EventDetails.tsx';
import { ArticleView, showPassage } from './article/ArticleView.tsx';
import { EmbedButton } from './share/EmbedButton.tsx';
import { projectOfArticle } from '../core/formats/exportInput.ts';

function initialState() {
  return createDefaultState({ selectedEventId: eventIdFromHash(window.location.hash) });
}

export function App() {
  const [state, dispatch] = useReducer(appReducer, undefined, initialState);
  useExtractionRunner(state, dispatch);
  useEventHash(state.selectedEventId, dispatch);

  const article = activeArticle(state) ?? SEED_ARTICLE;
  const result = state.extraction.result;
  const events = useMemo(() => eventsInDateOrder(result?.events ?? []), [result]);
  const selected = selectedEvent(state);
  const selectedId = selected?.id ?? null;
  // The open timeline, as sharing sees it. (To become `currentProject(state)` with saved timelines.)
  const project = useMemo(() => projectOfArticle(article, events), [article, events]);

  useEffect(() => {
    document.title = `${article.title} · Datelines`;
  }, [article.title]);

  const onSelect = useCallback((id: string | null) => dispatch(selectEvent(id)), []);
  const onStep = useCallback((direction: 1 | -1) => dispatch(stepEvent(direction)), []);
  usePresenterKeys(onStep);

  const emptyMessage =
    events.length > 0
      ? null
      : state.extraction.status === 'running'
        ? 'Reading the article…'
        : state.extraction.status === 'ready'
          ? 'No dated events found in this article.'
          : null;

  return (
    <div className="app">
      <AppHeader
        article={article}
        dateInput={state.publicationDate.input}
        dateError={state.publicationDate.error}
        onDateChange={(input) => dispatch(changePublicationDate(input))}
        tools={<EmbedButton project={project} selectedEventId={selectedId} />}
      />
      <main className="app-main">
        <TimelinePanel
          events={events}
          selectedId={selectedId}
          publishedOn={article.publishedOn}
          emptyMessage={emptyMessage}
          status={
            <StatusLine
              extraction={state.extraction}
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
