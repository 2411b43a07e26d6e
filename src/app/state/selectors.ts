import type { Article, TimelineEvent } from '../../core/model/index.ts';
import { eventInterval } from '../../core/calendar/interval.ts';
import type { AppState } from './appState.ts';

export function activeArticle(state: AppState): Article | undefined {
  return state.articles.find((a) => a.id === state.activeArticleId);
}

/**
 * The events in date order (by start, then the shorter first); ties keep the order their
 * first passage has in the text. Each date is read once, not once per comparison, so ten
 * thousand events sort in milliseconds; and the order is remembered per events array, so
 * stepping through them (see the reducer) does not sort again on every key press.
 */
export function eventsInDateOrder(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
  let ordered = orderCache.get(events);
  if (!ordered) orderCache.set(events, (ordered = sortByDate(events)));
  return ordered;
}

const orderCache = new WeakMap<readonly TimelineEvent[], readonly TimelineEvent[]>();

function sortByDate(events: readonly TimelineEvent[]): TimelineEvent[] {
  const keyed = events.map((event) => {
    const { start, end } = eventInterval(event.date);
    return {
      event,
      start: start.getTime(),
      end: end.getTime(),
      at: event.sources[0]?.span.start ?? 0,
    };
  });
  keyed.sort((a, b) => a.start - b.start || a.end - b.end || a.at - b.at);
  return keyed.map((k) => k.event);
}

export function currentEvents(state: AppState): TimelineEvent[] {
  return state.extraction.result?.events ?? [];
}

export function selectedEvent(state: AppState): TimelineEvent | undefined {
  if (state.selectedEventId === null) return undefined;
  return currentEvents(state).find((e) => e.id === state.selectedEventId);
}
