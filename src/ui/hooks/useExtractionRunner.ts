import { useEffect, type Dispatch } from 'react';
import type { Action } from '../../app/state/actions.ts';
import { failExtraction, finishExtraction } from '../../app/state/actions.ts';
import type { AppState } from '../../app/state/appState.ts';
import { activeArticle } from '../../app/state/selectors.ts';
import { runExtraction } from '../../app/extraction/extractClient.ts';

/** Starts the worker whenever the state asks for a new run, and reports its answer. */
export function useExtractionRunner(state: AppState, dispatch: Dispatch<Action>): void {
  const { status, requestId } = state.extraction;
  const article = activeArticle(state);
  useEffect(() => {
    if (status !== 'running' || !article) return;
    const run = runExtraction(article);
    run.result.then(
      (result) => dispatch(finishExtraction(requestId, result)),
      (error: unknown) =>
        dispatch(failExtraction(requestId, error instanceof Error ? error.message : String(error))),
    );
    return () => run.cancel();
    // A new run always comes with a new request id; the article only changes along with one.
  }, [status, requestId, article, dispatch]);
}
