import { useEffect, useEffectEvent, useRef, type Dispatch } from 'react';
import type { Action } from '../../app/state/actions.ts';
import { failExtraction, finishExtraction } from '../../app/state/actions.ts';
import type { AppState } from '../../app/state/appState.ts';
import { runExtraction, type ExtractionRun } from '../../app/extraction/extractClient.ts';

/**
 * Starts a worker for every article whose run the state asks for, and reports each
 * answer with its request id. A run no longer asked for (a newer one replaced it, the
 * timeline was closed) is cancelled.
 */
export function useExtractionRunner(state: AppState, dispatch: Dispatch<Action>): void {
  const runs = useRef(new Map<number, ExtractionRun>());
  const wanted = Object.entries(state.runs)
    .filter(([, run]) => run.status === 'running')
    .map(([articleId, run]) => `${run.requestId}:${articleId}`)
    .join(' ');

  const articleOf = useEffectEvent((id: string) =>
    state.timeline.articles.find((a) => a.id === id),
  );

  useEffect(() => {
    const active = runs.current;
    const keep = new Set<number>();
    for (const entry of wanted ? wanted.split(' ') : []) {
      const colon = entry.indexOf(':');
      const requestId = Number(entry.slice(0, colon));
      keep.add(requestId);
      if (active.has(requestId)) continue;
      const article = articleOf(entry.slice(colon + 1));
      if (!article) continue;
      const run = runExtraction(article);
      active.set(requestId, run);
      run.result.then(
        (result) => {
          active.delete(requestId);
          dispatch(finishExtraction(requestId, result));
        },
        (error: unknown) => {
          active.delete(requestId);
          dispatch(
            failExtraction(requestId, error instanceof Error ? error.message : String(error)),
          );
        },
      );
    }
    for (const [requestId, run] of active) {
      if (keep.has(requestId)) continue;
      run.cancel();
      active.delete(requestId);
    }
  }, [wanted, dispatch]);

  useEffect(() => {
    const active = runs.current;
    return () => {
      for (const run of active.values()) run.cancel();
      active.clear();
    };
  }, []);
}
