import { useCallback, useEffect, useReducer } from 'react';
import { createDefaultState } from '../app/state/appState.ts';
import { appReducer } from '../app/state/reducer.ts';
import {
  activeArticle,
  activeExtraction,
  currentEvents,
  currentProject,
  selectedEvent,
} from '../app/state/selectors.ts';
import {
  changePublicationDate,
  openTimeline,
  retryExtraction,
  selectEvent,
  stepEvent,
} from '../app/state/actions.ts';
import { eventIdFromHash } from '../app/url/eventHash.ts';
import { SEED_ARTICLE } from '../app/seed/seed.ts';
import { useExtractionRunner } from './hooks/useExtractionRunner.ts';
import { useEventHash } from './hooks/useEventHash.ts';
import { AppHeader } from './header/AppHeader.tsx';
import { ShareBar } from './share/ShareBar.tsx';
import { currentViewWindow } from './share/viewWindow.ts';
import { PrintHandout } from './print/PrintHandout.tsx';
import { StatusLine } from './StatusLine.tsx';
import { TimelinePanel } from './timeline/TimelinePanel.tsx';
import { EventList } from './events/EventList.tsx';
import { EventDetails } from './details/EventDetails.tsx';
import { ArticleView, showPassage } from './article/ArticleView.tsx';

function initialState() {
  return createDefaultState({ selectedEventId: eventIdFromHash(window.location.hash) });
}

export function App() {
  const [state, dispatch] = useReducer(appReducer, undefined, initialState);
  useExtractionRunner(state, dispatch);
  useEventHash(state.selectedEventId, dispatch);

  const article = activeArticle(state) ?? SEED_ARTICLE;
  const extraction = activeExtraction(state);
  const events = currentEvents(state);
  const selected = selectedEvent(state);
  const selectedId = selected?.id ?? null;

  useEffect(() => {
    document.title = `${article.title} · Datelines`;
  }, [article.title]);

  const onSelect = useCallback((id: string | null) => dispatch(selectEvent(id)), []);
  const onStep = useCallback((direction: 1 | -1) => dispatch(stepEvent(direction)), []);
  const dated = events.filter((e) => !e.needsDate);

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
        actions={
          <ShareBar
            title={state.timeline.title}
            events={dated}
            publishedOn={article.publishedOn}
            selectedId={selectedId}
            getProject={() => currentProject(state)}
            getViewWindow={() =>
              currentViewWindow(document.querySelector('.timeline-panel'), dated)
            }
            onSelect={onSelect}
            onImport={(project) => dispatch(openTimeline(project))}
          />
        }
      />
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
      <PrintHandout
        title={state.timeline.title}
        articles={state.timeline.articles}
        events={dated}
      />
    </div>
  );
}
