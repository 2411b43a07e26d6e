import type { TimelineEvent } from '../core/model/index.ts';
import { compareEventDates } from '../core/calendar/interval.ts';

/** What a reader can change: which event is open. Nothing else in the reader is state. */
export interface ReaderState {
  /** The events in date order. */
  events: readonly TimelineEvent[];
  selectedId: string | null;
}

export type ReaderAction =
  { type: 'event/selected'; eventId: string | null } | { type: 'event/stepped'; direction: 1 | -1 };

export const selectEvent = (eventId: string | null): ReaderAction => ({
  type: 'event/selected',
  eventId,
});
export const stepEvent = (direction: 1 | -1): ReaderAction => ({
  type: 'event/stepped',
  direction,
});

/** The reader's state for events in date order, opened on `eventId` when it names one of them. */
export function createReaderState(
  events: readonly TimelineEvent[],
  eventId: string | null,
): ReaderState {
  return { events, selectedId: events.some((e) => e.id === eventId) ? eventId : null };
}

/** Selecting an unknown event changes nothing; stepping stops at either end. */
export function readerReducer(state: ReaderState, action: ReaderAction): ReaderState {
  switch (action.type) {
    case 'event/selected': {
      const known = action.eventId === null || state.events.some((e) => e.id === action.eventId);
      return known && action.eventId !== state.selectedId
        ? { ...state, selectedId: action.eventId }
        : state;
    }
    case 'event/stepped': {
      const { events } = state;
      if (events.length === 0) return state;
      const index = events.findIndex((e) => e.id === state.selectedId);
      const next =
        index === -1
          ? action.direction === 1
            ? 0
            : events.length - 1
          : Math.min(events.length - 1, Math.max(0, index + action.direction));
      return readerReducer(state, selectEvent(events[next]?.id ?? null));
    }
  }
}

/**
 * Events in date order; ties keep the order of their first passage in the text (as the
 * app lists them).
 */
export function inDateOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) =>
      compareEventDates(a.date, b.date) ||
      (a.sources[0]?.span.start ?? 0) - (b.sources[0]?.span.start ?? 0),
  );
}
