import { useCallback, useEffect, useMemo, useRef, type Dispatch, type ReactNode } from 'react';
import type { AppState } from '../app/state/appState.ts';
import type { Action } from '../app/state/actions.ts';
import {
  activeArticle,
  activeExtraction,
  currentEvents,
  currentProject,
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
  openTimeline,
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
import { SEED_ARTICLE } from '../app/seed/seed.ts';
import type { EventPatch, Project } from '../core/model/index.ts';
import { useEventHash } from './hooks/useEventHash.ts';
import { useUndoKeys } from './hooks/useUndoKeys.ts';
import { AppHeader } from './header/AppHeader.tsx';
import { ShareBar } from './share/ShareBar.tsx';
import { currentViewWindow } from './share/viewWindow.ts';
import { PrintHandout } from './print/PrintHandout.tsx';
import { StatusLine } from './StatusLine.tsx';
import { TimelinePanel } from './timeline/TimelinePanel.tsx';
import { EventList, type ChooseMode } from './events/EventList.tsx';
import { EventDetails } from './details/EventDetails.tsx';
import { ArticleView, showPassage } from './article/ArticleView.tsx';
import { EditorBar } from './editor/EditorBar.tsx';
import { MergeSuggestions } from './editor/MergeSuggestions.tsx';
import { EmbedButton } from './share/EmbedButton.tsx';
import { standaloneHtml } from './share/standaloneHtml.ts';

export interface AppProps {
  /** The state and dispatch live in the Shell, which saves them and runs the engine. */
  state: AppState;
  dispatch: Dispatch<Action>;
  /** The Timelines / New timeline / Add article buttons, shown in the header. */
  toolbar?: ReactNode;
  /** Messages about saving (storage full, changed in another tab), under the header. */
  banner?: ReactNode;
  /** Opens an imported timeline; the Shell saves it as a timeline of its own. */
  onImport?: (project: Project) => void;
}

/** Below this width the editor is one column (see app.css). */
const ONE_COLUMN = '(max-width: 899px)';

/** The editor for the open timeline. */
export function App({ state, dispatch, toolbar, banner, onImport }: AppProps) {
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
  // The open timeline as sharing sees it, made when the Embed dialog opens.
  const getProject = () => currentProject(state);

  useEffect(() => {
    document.title = `${state.timeline.title} · Datelines`;
  }, [state.timeline.title]);

  const onSelect = useCallback((id: string | null) => dispatch(selectEvent(id)), [dispatch]);
  const sideRef = useRef<HTMLDivElement>(null);
  const onChoose = useCallback(
    (id: string, mode: ChooseMode) => {
      if (mode === 'toggle') dispatch(toggleEventSelection(id));
      else if (mode === 'range') dispatch(extendEventSelection(id));
      else {
        dispatch(selectEvent(id));
        // One column (a phone): the details sit above the list; an event chosen there
        // shows its details, title first, instead of leaving them half out of view.
        if (window.matchMedia(ONE_COLUMN).matches)
          requestAnimationFrame(() => sideRef.current?.scrollIntoView({ block: 'start' }));
      }
    },
    [dispatch],
  );
  const onExtend = useCallback(
    (direction: 1 | -1) => dispatch(stepEventSelection(direction)),
    [dispatch],
  );
  const onStep = useCallback((direction: 1 | -1) => dispatch(stepEvent(direction)), [dispatch]);
  const onUndo = useCallback(() => dispatch(undo()), [dispatch]);
  const onRedo = useCallback(() => dispatch(redo()), [dispatch]);
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
        toolbar={toolbar}
        tools={
          <>
            <EmbedButton getProject={getProject} selectedEventId={selectedId} />
            <ShareBar
              title={state.timeline.title}
              events={dated}
              publishedOn={article.publishedOn}
              selectedId={selectedId}
              getProject={getProject}
              getViewWindow={() =>
                currentViewWindow(document.querySelector('.timeline-panel'), dated)
              }
              onSelect={onSelect}
              onImport={onImport ?? ((project) => dispatch(openTimeline(project)))}
              standaloneHtml={standaloneHtml}
            />
          </>
        }
      />
      {banner}
      <main className="app-main">
        <div className="timeline-area">
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
            tools={
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
            }
            onSelect={onSelect}
            onStep={onStep}
          />
        </div>
        <div className="columns">
          <div className="side-column" ref={sideRef}>
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
      <PrintHandout
        title={state.timeline.title}
        articles={state.timeline.articles}
        events={dated}
      />
    </div>
  );
}
