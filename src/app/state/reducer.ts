import type { Action } from './actions.ts';
import type { AppState } from './appState.ts';
import { checkPublicationDate } from './publicationDate.ts';
import { activeArticle, currentEvents, eventsInDateOrder } from './selectors.ts';

/**
 * Applies one user command or worker answer. Pure: returns a new state and touches
 * nothing else, so undo/redo and autosave can wrap it later.
 */
export function appReducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'publicationDate/changed':
      return changePublicationDate(state, action.input);
    case 'extraction/finished': {
      if (action.requestId !== state.extraction.requestId) return state;
      const ids = new Set(action.result.events.map((e) => e.id));
      return {
        ...state,
        extraction: { ...state.extraction, status: 'ready', result: action.result, error: null },
        // A selection that names no event (an old link, a re-read article) is dropped.
        selectedEventId:
          state.selectedEventId !== null && ids.has(state.selectedEventId)
            ? state.selectedEventId
            : null,
      };
    }
    case 'extraction/failed':
      if (action.requestId !== state.extraction.requestId) return state;
      return {
        ...state,
        extraction: { ...state.extraction, status: 'failed', error: action.message },
      };
    case 'extraction/retried':
      return startExtraction(state);
    case 'event/selected': {
      if (state.selectedEventId === action.eventId) return state;
      // Before the first result, any id may be an event still to come (a deep link).
      const known =
        action.eventId === null ||
        state.extraction.result === null ||
        currentEvents(state).some((e) => e.id === action.eventId);
      return known ? { ...state, selectedEventId: action.eventId } : state;
    }
    case 'event/stepped':
      return stepSelection(state, action.direction);
  }
}

function startExtraction(state: AppState): AppState {
  return {
    ...state,
    extraction: {
      ...state.extraction,
      status: 'running',
      requestId: state.extraction.requestId + 1,
      error: null,
    },
  };
}

function changePublicationDate(state: AppState, input: string): AppState {
  const check = checkPublicationDate(input);
  if (!check.ok) {
    // The previous date and timeline stay; only the field shows the problem.
    return { ...state, publicationDate: { input, error: check.message } };
  }
  const field = { input, error: null };
  if (activeArticle(state)?.publishedOn === check.value)
    return { ...state, publicationDate: field };
  const articles = state.articles.map((a) =>
    a.id === state.activeArticleId ? { ...a, publishedOn: check.value } : a,
  );
  return startExtraction({ ...state, articles, publicationDate: field });
}

function stepSelection(state: AppState, direction: 1 | -1): AppState {
  const ordered = eventsInDateOrder(currentEvents(state));
  if (ordered.length === 0) return state;
  const index = ordered.findIndex((e) => e.id === state.selectedEventId);
  const nextIndex =
    index === -1
      ? direction === 1
        ? 0
        : ordered.length - 1
      : Math.min(ordered.length - 1, Math.max(0, index + direction));
  const next = ordered[nextIndex];
  return next ? appReducer(state, { type: 'event/selected', eventId: next.id }) : state;
}
