import type { Article, DocumentSnapshot, Project, TimelineEvent } from '../../core/model/index.ts';
import { eventInterval } from '../../core/calendar/interval.ts';
import { applyEdits, type AppliedEdits, type EventNote } from '../../core/project/applyEdits.ts';
import { suggestMerges, type MergeSuggestion } from '../../core/project/suggestions.ts';
import type { AppState, ExtractionState, TimelineDocument } from './appState.ts';

export function activeArticle(state: AppState): Article | undefined {
  return state.timeline.articles.find((a) => a.id === state.activeArticleId);
}

export function articleById(state: AppState, id: string): Article | undefined {
  return state.timeline.articles.find((a) => a.id === id);
}

/** The engine run of the article shown. */
export function activeExtraction(state: AppState): ExtractionState {
  return (
    state.runs[state.activeArticleId] ?? {
      status: 'ready',
      requestId: 0,
      result: null,
      readOn: null,
      error: null,
    }
  );
}

/**
 * The events in date order (by start, then the shorter first), undated ones (added by hand)
 * last; ties keep the order their first passage has in the text. Each date is read once, not
 * once per comparison, so ten thousand events sort in milliseconds; and the order is
 * remembered per events array, so stepping through them (see the reducer) does not sort
 * again on every key press. The array returned is shared: never sort or change it in place.
 */
export function eventsInDateOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  let ordered = orderCache.get(events);
  if (!ordered) orderCache.set(events, (ordered = sortByDate(events)));
  return ordered;
}

const orderCache = new WeakMap<readonly TimelineEvent[], TimelineEvent[]>();

function sortByDate(events: readonly TimelineEvent[]): TimelineEvent[] {
  // Keys in flat arrays and the positions sorted: ten thousand events sort without ten
  // thousand key objects for the collector to copy.
  const count = events.length;
  const undated = new Uint8Array(count);
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const ats = new Float64Array(count);
  const order: number[] = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const event = events[i] as TimelineEvent;
    const { start, end } = eventInterval(event.date);
    undated[i] = Number(event.needsDate ?? false);
    starts[i] = start.getTime();
    ends[i] = end.getTime();
    ats[i] = event.sources[0]?.span.start ?? 0;
    order[i] = i;
  }
  order.sort(
    (a, b) =>
      (undated[a] as number) - (undated[b] as number) ||
      (starts[a] as number) - (starts[b] as number) ||
      (ends[a] as number) - (ends[b] as number) ||
      (ats[a] as number) - (ats[b] as number),
  );
  return order.map((i) => events[i] as TimelineEvent);
}

/** Every engine event, article by article (the order the articles were added). */
function engineEvents(state: AppState): TimelineEvent[] {
  return state.timeline.articles.flatMap((a) => state.runs[a.id]?.result?.events ?? []);
}

// One cached result: the state changes far more often than the runs or the edits.
let cache: { runs: AppState['runs']; timeline: TimelineDocument; applied: AppliedEdits } | null =
  null;

/** The engine's events with the hand edits applied (cached per runs and edits). */
export function appliedEdits(state: AppState): AppliedEdits {
  if (
    cache &&
    cache.runs === state.runs &&
    cache.timeline.edits === state.timeline.edits &&
    cache.timeline.articles === state.timeline.articles
  )
    return cache.applied;
  const applied = applyEdits(engineEvents(state), state.timeline.edits);
  applied.events = eventsInDateOrder(applied.events);
  cache = { runs: state.runs, timeline: state.timeline, applied };
  return applied;
}

/** The events as shown, in date order (undated ones, added by hand, last). */
export function currentEvents(state: AppState): TimelineEvent[] {
  return appliedEdits(state).events;
}

/** What hand edits did to an event: "set by hand" and the engine's reading beside it. */
export function eventNote(state: AppState, eventId: string): EventNote | undefined {
  return appliedEdits(state).notes[eventId];
}

export function selectedEvent(state: AppState): TimelineEvent | undefined {
  if (state.selectedEventId === null) return undefined;
  return currentEvents(state).find((e) => e.id === state.selectedEventId);
}

/** The events chosen in the list, in date order. */
export function selectedEvents(state: AppState): TimelineEvent[] {
  if (state.selectedEventIds.length === 0) return [];
  const ids = new Set(state.selectedEventIds);
  return currentEvents(state).filter((e) => ids.has(e.id));
}

let suggestionCache: {
  events: TimelineEvent[];
  rejected: string[];
  value: MergeSuggestion[];
} | null = null;

/** Events in two articles that look like one happening, not yet turned down. */
export function mergeSuggestions(state: AppState): MergeSuggestion[] {
  const events = currentEvents(state);
  const rejected = state.timeline.rejectedSuggestions;
  if (suggestionCache && suggestionCache.events === events && suggestionCache.rejected === rejected)
    return suggestionCache.value;
  const value = suggestMerges(events, new Set(rejected));
  suggestionCache = { events, rejected, value };
  return value;
}

export const canUndo = (state: AppState) => state.history.past.length > 0;
export const canRedo = (state: AppState) => state.history.future.length > 0;

/** The part of the timeline undo and redo step through. */
export function documentSnapshot(state: AppState): DocumentSnapshot {
  const publishedOn: DocumentSnapshot['publishedOn'] = {};
  for (const a of state.timeline.articles)
    publishedOn[a.id] = {
      publishedOn: a.publishedOn,
      publishedOnGiven: a.publishedOnGiven ?? true,
    };
  return {
    edits: state.timeline.edits,
    rejectedSuggestions: state.timeline.rejectedSuggestions,
    publishedOn,
    articleIds: state.timeline.articles.map((a) => a.id),
  };
}

/**
 * The open timeline as a document (`datelines/2`): what storage saves and exports
 * write. `timeline/opened` with it gives back the same timeline, history included.
 */
export function currentProject(state: AppState): Project {
  const { timeline } = state;
  const engine: Project['engine'] = [];
  for (const article of timeline.articles) {
    const run = state.runs[article.id];
    if (run?.result && run.readOn)
      engine.push({ articleId: article.id, publishedOn: run.readOn, events: run.result.events });
  }
  return {
    format: 'datelines/2',
    id: timeline.id,
    title: timeline.title,
    createdAt: timeline.createdAt,
    updatedAt: timeline.updatedAt,
    articles: timeline.articles,
    engine,
    edits: timeline.edits,
    rejectedSuggestions: timeline.rejectedSuggestions,
    events: currentEvents(state),
    history: state.history,
    ...(timeline.historyArticles.length > 0 ? { historyArticles: timeline.historyArticles } : {}),
  };
}
