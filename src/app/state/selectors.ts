import type { Article, TimelineEvent } from '../../core/model/index.ts';
import { compareEventDates } from '../../core/calendar/interval.ts';
import type { AppState } from './appState.ts';

export function activeArticle(state: AppState): Article | undefined {
  return state.articles.find((a) => a.id === state.activeArticleId);
}

/** The events in date order; ties keep the order their first passage has in the text. */
export function eventsInDateOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) =>
      compareEventDates(a.date, b.date) ||
      (a.sources[0]?.span.start ?? 0) - (b.sources[0]?.span.start ?? 0),
  );
}

export function currentEvents(state: AppState): TimelineEvent[] {
  return state.extraction.result?.events ?? [];
}

export function selectedEvent(state: AppState): TimelineEvent | undefined {
  if (state.selectedEventId === null) return undefined;
  return currentEvents(state).find((e) => e.id === state.selectedEventId);
}
