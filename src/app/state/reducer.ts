import type { Article, DocumentSnapshot, HandEdit } from '../../core/model/index.ts';
import { passageOf } from '../../core/project/passages.ts';
import { applyPatch, isEmptyPatch } from '../../core/project/patch.ts';
import { eventFromSelection } from '../../core/project/fromSelection.ts';
import { articleIdsInHistory, recordStep, redoStep, undoStep } from '../../core/project/history.ts';
import { rebaseEvents } from '../../core/project/rebase.ts';
import type { Action, ArticleInput } from './actions.ts';
import { runningState, stateFromProject, type AppState, type ExtractionState } from './appState.ts';
import { checkPublicationDate } from './publicationDate.ts';
import {
  activeArticle,
  currentEvents,
  documentSnapshot,
  eventsInDateOrder,
  mergeSuggestions,
} from './selectors.ts';

/**
 * Applies one user command or worker answer. Pure: returns a new state and touches
 * nothing else. Every change to the document goes through `commit`, which records the
 * step for undo.
 */
export function appReducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'timeline/created':
      return createTimeline(state, action);
    case 'timeline/opened':
      return stateFromProject(action.project, {
        selectedEventId: action.selectedEventId ?? null,
        firstRequestId: state.nextRequestId,
      });
    case 'timeline/renamed': {
      const title = action.title.trim();
      if (!title || title === state.timeline.title) return state;
      return { ...state, timeline: { ...state.timeline, title, updatedAt: action.at } };
    }
    case 'article/added':
      return addArticle(state, action.articleId, action.at, action.article);
    case 'article/activated': {
      const article = state.timeline.articles.find((a) => a.id === action.articleId);
      if (!article || article.id === state.activeArticleId) return state;
      return {
        ...state,
        activeArticleId: article.id,
        publicationDate: { input: article.publishedOn, error: null },
      };
    }
    case 'publicationDate/changed':
      return changePublicationDate(state, action.input, action.at);
    case 'extraction/finished':
    case 'extraction/failed':
      return finishRun(state, action);
    case 'extraction/retried': {
      let next = state;
      for (const [id, run] of Object.entries(state.runs))
        if (run.status === 'failed' || id === state.activeArticleId) next = startRun(next, id);
      return next;
    }
    case 'event/selected':
      return select(state, action.eventId);
    case 'event/stepped':
      return stepSelection(state, action.direction);
    case 'event/selectionToggled':
      return toggleSelection(state, action.eventId);
    case 'event/selectionExtended':
      return extendSelection(state, action.eventId);
    case 'event/selectionStepped':
      return stepExtendSelection(state, action.direction);
    case 'event/edited': {
      const event = currentEvents(state).find((e) => e.id === action.eventId);
      if (!event || isEmptyPatch(action.patch)) return state;
      const edit: HandEdit = {
        kind: 'change',
        id: action.editId,
        at: action.at,
        target: passageOf(event),
        patch: action.patch,
        fallback: applyPatch(event, action.patch),
      };
      return commit(state, 'Edit event', action.at, [edit]);
    }
    case 'event/deleted': {
      const events = currentEvents(state).filter((e) => action.eventIds.includes(e.id));
      if (events.length === 0) return state;
      const edits: HandEdit[] = events.map((event, i) => ({
        kind: 'delete',
        id: `${action.editId}-${i}`,
        at: action.at,
        target: passageOf(event),
      }));
      const label = events.length === 1 ? 'Delete event' : `Delete ${events.length} events`;
      const ordered = eventsInDateOrder(currentEvents(state));
      const after = commit(state, label, action.at, edits);
      // The selection moves on to the event after the deleted one, so work can go on.
      const firstIndex = ordered.findIndex((e) => action.eventIds.includes(e.id));
      const remaining = currentEvents(after);
      const next =
        ordered.slice(firstIndex).find((e) => remaining.some((r) => r.id === e.id)) ??
        [...ordered.slice(0, firstIndex)]
          .reverse()
          .find((e) => remaining.some((r) => r.id === e.id));
      return selectOnly(after, next?.id ?? null);
    }
    case 'event/addedFromSelection': {
      const article = state.timeline.articles.find((a) => a.id === action.articleId);
      if (!article) return state;
      const event = eventFromSelection({
        article,
        start: action.start,
        end: action.end,
        id: `hand-${action.editId}`,
        timexes: state.runs[article.id]?.result?.timexes ?? [],
        events: currentEvents(state),
      });
      if (!event) return state;
      const edit: HandEdit = { kind: 'add', id: action.editId, at: action.at, event };
      return selectOnly(commit(state, 'Add event from selection', action.at, [edit]), event.id);
    }
    case 'events/merged': {
      const ids = new Set(action.eventIds);
      // In date order: the earliest event gives the merged one its title and date.
      const events = currentEvents(state).filter((e) => ids.has(e.id));
      if (events.length < 2) return state;
      const edit: HandEdit = {
        kind: 'merge',
        id: action.editId,
        at: action.at,
        targets: events.map(passageOf),
      };
      return selectOnly(commit(state, 'Merge events', action.at, [edit]), events[0]!.id);
    }
    case 'suggestion/accepted': {
      const suggestion = mergeSuggestions(state).find((s) => s.key === action.key);
      if (!suggestion) return state;
      const edit: HandEdit = {
        kind: 'merge',
        id: action.editId,
        at: action.at,
        targets: [...suggestion.targets],
      };
      const after = commit(state, 'Merge events', action.at, [edit]);
      const kept = currentEvents(after).find((e) => suggestion.eventIds.includes(e.id));
      return selectOnly(after, kept?.id ?? null);
    }
    case 'suggestion/rejected': {
      if (state.timeline.rejectedSuggestions.includes(action.key)) return state;
      return record(state, 'Reject suggestion', {
        ...state,
        timeline: {
          ...state.timeline,
          rejectedSuggestions: [...state.timeline.rejectedSuggestions, action.key],
          updatedAt: action.at,
        },
      });
    }
    case 'history/undone': {
      const move = undoStep(state.history, documentSnapshot(state));
      return move ? restore(state, move.snapshot, move.history, `Undone: ${move.label}`) : state;
    }
    case 'history/redone': {
      const move = redoStep(state.history, documentSnapshot(state));
      return move ? restore(state, move.snapshot, move.history, `Redone: ${move.label}`) : state;
    }
    case 'sources/viewChanged':
      return state.sourcesView === action.view ? state : { ...state, sourcesView: action.view };
  }
}

/**
 * `after` as one undoable step from `before`: the history records the document `before`
 * had, forgets what was undone, and with it any article only that held.
 */
function record(before: AppState, label: string, after: AppState): AppState {
  const history = recordStep(before.history, label, documentSnapshot(before));
  return {
    ...after,
    timeline: keepHistoryArticles(after.timeline, history),
    history,
    notice: null,
  };
}

/** Drops the articles out of the timeline that no step of `history` can bring back. */
function keepHistoryArticles(
  timeline: AppState['timeline'],
  history: AppState['history'],
): AppState['timeline'] {
  if (timeline.historyArticles.length === 0) return timeline;
  const named = articleIdsInHistory(history);
  const kept = timeline.historyArticles.filter((a) => named.has(a.id));
  return kept.length === timeline.historyArticles.length
    ? timeline
    : { ...timeline, historyArticles: kept };
}

/** Adds hand edits as one undoable step. */
function commit(state: AppState, label: string, at: string, edits: HandEdit[]): AppState {
  return record(state, label, {
    ...state,
    timeline: {
      ...state.timeline,
      edits: [...state.timeline.edits, ...edits],
      updatedAt: at,
    },
  });
}

/**
 * Goes back or forward to a snapshot: its edits, its rejected suggestions, its articles
 * (an undone "Add article" waits in `historyArticles` for a redo) and their dates.
 * Articles whose date changes, or that come back without a reading, are read again.
 */
function restore(
  state: AppState,
  snapshot: DocumentSnapshot,
  history: AppState['history'],
  notice: string,
): AppState {
  const { present, away } = articlesOf(state.timeline, snapshot);
  const reread: string[] = [];
  const articles = present.map((article) => {
    const run = state.runs[article.id];
    const dated = snapshot.publishedOn[article.id];
    const next =
      dated &&
      (dated.publishedOn !== article.publishedOn ||
        dated.publishedOnGiven !== (article.publishedOnGiven ?? true))
        ? { ...article, publishedOn: dated.publishedOn, publishedOnGiven: dated.publishedOnGiven }
        : article;
    if (!run || (run.status !== 'running' && run.readOn !== next.publishedOn))
      reread.push(article.id);
    else if (next.publishedOn !== article.publishedOn) reread.push(article.id);
    return next;
  });
  let next: AppState = {
    ...state,
    timeline: keepHistoryArticles(
      {
        ...state.timeline,
        articles,
        edits: snapshot.edits,
        rejectedSuggestions: snapshot.rejectedSuggestions,
        historyArticles: away,
      },
      history,
    ),
    history,
    notice,
  };
  // The article shown left the timeline: show the last one still in it.
  const last = articles.at(-1);
  if (last && !articles.some((a) => a.id === next.activeArticleId))
    next = { ...next, activeArticleId: last.id };
  for (const id of reread) next = startRun(next, id);
  const active = activeArticle(next);
  if (active) next = { ...next, publicationDate: { input: active.publishedOn, error: null } };
  return keepSelectionValid(next);
}

/**
 * The articles a snapshot's timeline holds (in its order) and those it does not, taken
 * from the timeline and the articles the history keeps. A snapshot without `articleIds`
 * (saved before articles were undoable) leaves them as they are.
 */
function articlesOf(
  timeline: AppState['timeline'],
  snapshot: DocumentSnapshot,
): { present: Article[]; away: Article[] } {
  if (!snapshot.articleIds) return { present: timeline.articles, away: timeline.historyArticles };
  const known = new Map(
    [...timeline.historyArticles, ...timeline.articles].map((a) => [a.id, a] as const),
  );
  const wanted = new Set(snapshot.articleIds);
  const present = snapshot.articleIds.flatMap((id) => {
    const article = known.get(id);
    return article ? [article] : [];
  });
  // A timeline never ends up without an article (a damaged history cannot empty it).
  if (present.length === 0) return { present: timeline.articles, away: timeline.historyArticles };
  const away = [...known.values()].filter((a) => !wanted.has(a.id));
  return { present, away };
}

function newArticle(id: string, input: ArticleInput): Article {
  const outlet = input.outlet?.trim() || outletOf(input.sourceUrl);
  return {
    id,
    title: input.title.trim() || 'Untitled article',
    text: input.text,
    ...(input.sourceUrl?.trim() ? { sourceUrl: input.sourceUrl.trim() } : {}),
    ...(input.author?.trim() ? { author: input.author.trim() } : {}),
    ...(outlet ? { outlet } : {}),
    publishedOn: input.publishedOn,
    publishedOnGiven: input.publishedOnGiven,
    language: 'en',
  };
}

/** "www.reuters.com" → "reuters.com": the outlet when the form gives none. */
export function outletOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function createTimeline(
  state: AppState,
  action: Extract<Action, { type: 'timeline/created' }>,
): AppState {
  const article = newArticle(action.articleId, action.article);
  const requestId = state.nextRequestId;
  return {
    timeline: {
      id: action.timelineId,
      title: article.title,
      createdAt: action.at,
      updatedAt: action.at,
      articles: [article],
      edits: [],
      rejectedSuggestions: [],
      historyArticles: [],
    },
    runs: { [article.id]: runningState(requestId) },
    nextRequestId: requestId + 1,
    history: { past: [], future: [] },
    activeArticleId: article.id,
    publicationDate: { input: article.publishedOn, error: null },
    selectedEventId: null,
    selectedEventIds: [],
    sourcesView: state.sourcesView,
    notice: null,
  };
}

/** Another article, as one undoable step: undo takes it out again, redo brings it back. */
function addArticle(state: AppState, id: string, at: string, input: ArticleInput): AppState {
  const article = newArticle(id, input);
  const requestId = state.nextRequestId;
  return record(state, 'Add article', {
    ...state,
    timeline: {
      ...state.timeline,
      articles: [...state.timeline.articles, article],
      updatedAt: at,
    },
    runs: { ...state.runs, [article.id]: runningState(requestId) },
    nextRequestId: requestId + 1,
    activeArticleId: article.id,
    publicationDate: { input: article.publishedOn, error: null },
  });
}

function startRun(state: AppState, articleId: string): AppState {
  const requestId = state.nextRequestId;
  return {
    ...state,
    runs: { ...state.runs, [articleId]: runningState(requestId, state.runs[articleId]) },
    nextRequestId: requestId + 1,
  };
}

function finishRun(
  state: AppState,
  action: Extract<Action, { type: 'extraction/finished' | 'extraction/failed' }>,
): AppState {
  const entry = Object.entries(state.runs).find(([, r]) => r.requestId === action.requestId);
  if (!entry || entry[1].status !== 'running') return state;
  const [articleId, run] = entry;
  const article = state.timeline.articles.find((a) => a.id === articleId);
  const next: ExtractionState =
    action.type === 'extraction/finished'
      ? {
          ...run,
          status: 'ready',
          // A result read under another id (the form reads before the article has one).
          result: { ...action.result, events: rebaseEvents(action.result.events, articleId) },
          readOn: article?.publishedOn ?? run.readOn,
          error: null,
        }
      : { ...run, status: 'failed', error: action.message };
  return keepSelectionValid({ ...state, runs: { ...state.runs, [articleId]: next } });
}

/** Drops chosen events that no longer exist (an old link, a re-read article, an undo). */
function keepSelectionValid(state: AppState): AppState {
  // Nothing chosen, nothing to drop: the events (thousands, for a long article) are not
  // put in order here, in the task that takes the reading in, but when first shown.
  if (state.selectedEventId === null && state.selectedEventIds.length === 0) return state;
  const events = currentEvents(state);
  // Before the first result, any id may be an event still to come (a deep link).
  if (events.length === 0 && Object.values(state.runs).some((r) => r.result === null)) return state;
  const ids = new Set(events.map((e) => e.id));
  const primary =
    state.selectedEventId !== null && ids.has(state.selectedEventId) ? state.selectedEventId : null;
  const chosen = state.selectedEventIds.filter((id) => ids.has(id));
  if (primary === state.selectedEventId && chosen.length === state.selectedEventIds.length)
    return state;
  return { ...state, selectedEventId: primary, selectedEventIds: chosen };
}

function changePublicationDate(state: AppState, input: string, at: string | undefined): AppState {
  const check = checkPublicationDate(input);
  if (!check.ok) {
    // The previous date and timeline stay; only the field shows the problem.
    return { ...state, publicationDate: { input, error: check.message } };
  }
  const field = { input, error: null };
  const current = activeArticle(state);
  if (!current || (current.publishedOn === check.value && current.publishedOnGiven !== false))
    return { ...state, publicationDate: field };
  const articles = state.timeline.articles.map((a) =>
    a.id === state.activeArticleId ? { ...a, publishedOn: check.value, publishedOnGiven: true } : a,
  );
  const changed = record(state, 'Change publication date', {
    ...state,
    timeline: { ...state.timeline, articles, updatedAt: at ?? state.timeline.updatedAt },
    publicationDate: field,
  });
  return current.publishedOn === check.value ? changed : startRun(changed, state.activeArticleId);
}

function selectOnly(state: AppState, eventId: string | null): AppState {
  return { ...state, selectedEventId: eventId, selectedEventIds: eventId ? [eventId] : [] };
}

function select(state: AppState, eventId: string | null): AppState {
  if (state.selectedEventId === eventId && state.selectedEventIds.length <= 1) return state;
  // Before the first result, any id may be an event still to come (a deep link).
  const events = currentEvents(state);
  const known =
    eventId === null ||
    (events.length === 0 && Object.values(state.runs).some((r) => r.result === null)) ||
    events.some((e) => e.id === eventId);
  return known ? selectOnly(state, eventId) : state;
}

function toggleSelection(state: AppState, eventId: string): AppState {
  if (!currentEvents(state).some((e) => e.id === eventId)) return state;
  if (state.selectedEventIds.includes(eventId)) {
    const rest = state.selectedEventIds.filter((id) => id !== eventId);
    return {
      ...state,
      selectedEventIds: rest,
      selectedEventId:
        state.selectedEventId === eventId ? (rest.at(-1) ?? null) : state.selectedEventId,
    };
  }
  return {
    ...state,
    selectedEventIds: [...state.selectedEventIds, eventId],
    selectedEventId: eventId,
  };
}

function extendSelection(state: AppState, eventId: string): AppState {
  const ordered = currentEvents(state);
  const to = ordered.findIndex((e) => e.id === eventId);
  if (to === -1) return state;
  const from = ordered.findIndex((e) => e.id === state.selectedEventId);
  if (from === -1) return selectOnly(state, eventId);
  const [lo, hi] = from < to ? [from, to] : [to, from];
  const range = ordered.slice(lo, hi + 1).map((e) => e.id);
  // The anchor stays the event shown; the range joins what was already chosen.
  const ids = [...new Set([...state.selectedEventIds, ...range])];
  return { ...state, selectedEventIds: ids };
}

function stepExtendSelection(state: AppState, direction: 1 | -1): AppState {
  const ordered = currentEvents(state);
  if (ordered.length === 0) return state;
  const index = ordered.findIndex((e) => e.id === state.selectedEventId);
  if (index === -1) return stepSelection(state, direction);
  const next = ordered[index + direction];
  if (!next) return state;
  const ids = state.selectedEventIds.includes(next.id)
    ? state.selectedEventIds.filter((id) => id !== ordered[index]!.id)
    : [...state.selectedEventIds, next.id];
  return { ...state, selectedEventId: next.id, selectedEventIds: ids };
}

function stepSelection(state: AppState, direction: 1 | -1): AppState {
  const ordered = currentEvents(state).filter((e) => !e.needsDate);
  if (ordered.length === 0) return state;
  const index = ordered.findIndex((e) => e.id === state.selectedEventId);
  const nextIndex =
    index === -1
      ? direction === 1
        ? 0
        : ordered.length - 1
      : Math.min(ordered.length - 1, Math.max(0, index + direction));
  const next = ordered[nextIndex];
  return next ? select(state, next.id) : state;
}
