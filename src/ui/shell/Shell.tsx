import { startTransition, useCallback, useReducer, useState, type Dispatch } from 'react';
import { format } from 'date-fns';
import type { Extraction } from '../../core/extract/index.ts';
import type { Action, ArticleInput } from '../../app/state/actions.ts';
import {
  addArticle,
  createTimeline,
  finishExtraction,
  newId,
  openTimeline,
} from '../../app/state/actions.ts';
import type { Project } from '../../core/model/index.ts';
import { createDefaultState, type AppState } from '../../app/state/appState.ts';
import { appReducer } from '../../app/state/reducer.ts';
import { eventIdFromHash } from '../../app/url/eventHash.ts';
import { App } from '../App.tsx';
import { ArticleForm } from '../articleForm/ArticleForm.tsx';
import { useExtractionRunner } from '../hooks/useExtractionRunner.ts';
import { SaveBanner } from './SaveBanner.tsx';
import { downloadProject as downloadCurrent } from './download.ts';
import { TimelinesPage } from './TimelinesPage.tsx';
import { useSavedTimelines } from './useSavedTimelines.ts';
import './shell.css';

type View = 'editor' | 'timelines' | 'new' | 'add';

const initialEventId = eventIdFromHash(window.location.hash);

function initialState(): AppState {
  return createDefaultState({ selectedEventId: initialEventId });
}

/**
 * The app around the editor: saved timelines, the Timelines page and the article form.
 * Owns the state (one reducer) so it can be saved and the engine run whatever is shown.
 */
export function Shell() {
  const [state, rawDispatch] = useReducer(appReducer, undefined, initialState);
  const dispatch: Dispatch<Action> = rawDispatch;
  useExtractionRunner(state, dispatch);
  const saved = useSavedTimelines(state, dispatch, initialEventId);
  const [view, setView] = useState<View>('editor');
  const today = format(new Date(), 'yyyy-MM-dd');

  const hasOpen = saved.openId !== null && saved.openId === state.timeline.id;
  const shown: View =
    view === 'editor' && !hasOpen && saved.status.kind !== 'loading' ? 'timelines' : view;

  const onFormDone = useCallback(
    (input: ArticleInput, result: Extraction) => {
      // For bench/paste-5mb.ts: where the worker's part ends and drawing the timeline begins.
      performance.mark('datelines:form-extracted');
      // The form already read the article: its result answers the run the action starts.
      const requestId = state.nextRequestId;
      if (view === 'add' && hasOpen) {
        dispatch(addArticle(input));
      } else {
        const action = createTimeline(input);
        if (action.type === 'timeline/created') saved.adoptNew(action.timelineId);
        dispatch(action);
      }
      dispatch(finishExtraction(requestId, result));
      // The state first, then the editor in a transition: React renders the new editor a
      // component at a time, yielding between them, instead of in one long task (a long
      // article's editor is thousands of events and megabytes of text).
      startTransition(() => setView('editor'));
    },
    [state.nextRequestId, view, hasOpen, dispatch, saved],
  );

  const onImport = useCallback(
    (project: Project) => {
      // An import is a timeline of its own: it never replaces a saved one, even the one it
      // was exported from.
      const opened = { ...project, id: newId('timeline') };
      // A transition: drawing ten thousand events is rendered in slices, the page
      // answering in between, and the new timeline appears all at once.
      startTransition(() => {
        saved.adoptNew(opened.id);
        dispatch(openTimeline(opened));
        setView('editor');
      });
    },
    [saved, dispatch],
  );

  const toolbar = (
    <nav className="shell-tools" aria-label="Timelines and articles">
      <button
        type="button"
        aria-pressed={shown === 'timelines'}
        onClick={() => {
          void saved.refreshList();
          setView(shown === 'timelines' && hasOpen ? 'editor' : 'timelines');
        }}
      >
        Timelines
      </button>
      <button type="button" onClick={() => setView('new')}>
        New timeline
      </button>
      {hasOpen && (
        <button type="button" onClick={() => setView('add')}>
          Add article
        </button>
      )}
    </nav>
  );

  const banner = (
    <SaveBanner
      status={saved.status}
      onDownload={() => downloadCurrent(saved.project)}
      onLoadLatest={() => void saved.loadLatest()}
      onKeepCopy={saved.keepAsCopy}
      onRetry={saved.retrySave}
    />
  );

  if (saved.status.kind === 'loading') {
    return (
      <div className="app shell-loading">
        <p role="status">Opening your timelines…</p>
      </div>
    );
  }

  if (shown === 'editor') {
    return (
      <App
        state={state}
        dispatch={dispatch}
        toolbar={toolbar}
        banner={banner}
        onImport={onImport}
      />
    );
  }

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header-inner">
          <div className="brand-row">
            <h1 className="brand">Datelines</h1>
            <div className="header-tools">{toolbar}</div>
          </div>
        </div>
      </header>
      {banner}
      <main className="shell-main">
        {shown === 'timelines' ? (
          <TimelinesPage
            list={saved.list}
            openId={saved.openId}
            storageWorks={saved.status.kind !== 'unavailable'}
            onOpen={(id) => {
              void saved.open(id).then((ok) => ok && setView('editor'));
            }}
            onRename={saved.rename}
            onDuplicate={saved.duplicate}
            onDelete={saved.remove}
            onRestore={saved.restore}
            onRestoreExample={saved.restoreExample}
          />
        ) : (
          <ArticleForm
            key={shown}
            name={shown === 'add' ? 'Add article' : 'New timeline'}
            today={today}
            onDone={onFormDone}
            onClose={() => setView('editor')}
          />
        )}
      </main>
    </div>
  );
}
