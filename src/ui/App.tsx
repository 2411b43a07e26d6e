import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { createDefaultState } from '../app/state/appState.ts';
import { appReducer } from '../app/state/reducer.ts';
import {
  activeArticle,
  activeExtraction,
  currentEvents,
  eventNote,
  mergeSuggestions,
  selectedEvent,
  selectedEvents,
} from '../app/state/selectors.ts';
import {
  acceptSuggestion,
  activateArticle,
  addEventFromSelection,
  changePublicationDate,
  changeSourcesView,
  deleteEvents,
  editEvent,
  extendEventSelection,
  mergeEvents,
  redo,
  rejectSuggestion,
  retryExtraction,
  selectEvent,
  stepEvent,
  stepEventSelection,
  toggleEventSelection,
  undo,
} from '../app/state/actions.ts';
import { eventIdFromHash } from '../app/url/eventHash.ts';
import { SEED_ARTICLE } from '../app/seed/seed.ts';
import type { EventPatch } from '../core/model/index.ts';
import { useExtractionRunner } from './hooks/useExtractionRunner.ts';
import { useEventHash } from './hooks/useEventHash.ts';
import { usePresenterKeys } from './hooks/usePresenterKeys.ts';
import { useUndoKeys } from './hooks/useUndoKeys.ts';
import { AppHeader } from './header/AppHeader.tsx';
import { StatusLine } from './StatusLine.tsx';
import { TimelinePanel } from './timeline/TimelinePanel.tsx';
import { EventList, type ChooseMode } from './events/EventList.tsx';
import { EventDetails } from './details/EventDetails.tsx';
import { ArticleView, showPassage } from './article/ArticleView.tsx';
import { EditorBar } from './editor/EditorBar.tsx';
import { MergeSuggestions } from './editor/MergeSuggestions.tsx';

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
  // Events still waiting for a date are listed, not drawn.
  const dated = useMemo(() => events.filter((e) => !e.needsDate), [events]);
  const selected = selectedEvent(state);
  const selectedId = selected?.id ?? null;
  const chosen = selectedEvents(state);
  const articles = state.timeline.articles;

  useEffect(() => {
    document.title = `${state.timeline.title} · Datelines`;
  }, [state.timeline.title]);

  const onSelect = useCallback((id: string | null) => dispatch(selectEvent(id)), []);
  const onChoose = useCallback((id: string, mode: ChooseMode) => {
    if (mode === 'toggle') dispatch(toggleEventSelection(id));
    else if (mode === 'range') dispatch(extendEventSelection(id));
    else dispatch(selectEvent(id));
  }, []);
  const onExtend = useCallback((direction: 1 | -1) => dispatch(stepEventSelection(direction)), []);
  const onStep = useCallback((direction: 1 | -1) => dispatch(stepEvent(direction)), []);
  const onUndo = useCallback(() => dispatch(undo()), []);
  const onRedo = useCallback(() => dispatch(redo()), []);
  usePresenterKeys(onStep);
  useUndoKeys(onUndo, onRedo);

  const onShowInArticle = (eventId: string, sourceIndex: number) => {
    const source = events.find((e) => e.id === eventId)?.sources[sourceIndex];
    if (source && source.documentId !== state.activeArticleId) {
      dispatch(activateArticle(source.documentId));
      // The other article is drawn on the next frame; its passage is found then.
      requestAnimationFrame(() => requestAnimationFrame(() => showPassage(eventId, sourceIndex)));
    } else showPassage(eventId, sourceIndex);
  };

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
      />
      <main className="app-main">
        <div className="timeline-area">
          <EditorBar
            undoStep={state.history.past.at(-1)}
            redoStep={state.history.future[0]}
            notice={state.notice}
            articleCount={articles.length}
            sourcesView={state.sourcesView}
            onUndo={onUndo}
            onRedo={onRedo}
            onSourcesView={(view) => dispatch(changeSourcesView(view))}
          />
          <TimelinePanel
            events={dated}
            selectedId={selectedId}
            publishedOn={article.publishedOn}
            rows={state.sourcesView === 'separate' ? articles : null}
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
        </div>
        <div className="columns">
          <div className="side-column">
            {/* Details first: right under the timeline, where a click there looks for them. */}
            <EventDetails
              event={selected}
              note={selected ? eventNote(state, selected.id) : undefined}
              articles={articles}
              chosen={chosen}
              onShowInArticle={onShowInArticle}
              onSave={(id: string, patch: EventPatch) => dispatch(editEvent(id, patch))}
              onDelete={(ids) => dispatch(deleteEvents(ids))}
              onMerge={(ids) => dispatch(mergeEvents(ids))}
            />
            <MergeSuggestions
              suggestions={mergeSuggestions(state)}
              events={events}
              onAccept={(key) => dispatch(acceptSuggestion(key))}
              onReject={(key) => dispatch(rejectSuggestion(key))}
            />
            <EventList
              events={events}
              selectedId={selectedId}
              chosenIds={state.selectedEventIds}
              onSelect={onChoose}
              onExtend={onExtend}
            />
          </div>
          <ArticleView
            article={article}
            articles={articles}
            events={events}
            selectedId={selectedId}
            onSelect={onSelect}
            onShowArticle={(id) => dispatch(activateArticle(id))}
            onAddFromSelection={(id, start, end) => dispatch(addEventFromSelection(id, start, end))}
          />
        </div>
      </main>
    </div>
  );
}
