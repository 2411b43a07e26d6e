import { compareEventDates } from '../../core/calendar/interval.ts';
import type { TimelineEvent } from '../../core/model/index.ts';

/**
 * The events in a random order that is not already the true one (when more than one
 * order is possible), so the class always has something to do.
 *
 * @example shuffleForQuiz(events, Math.random) // the same events, another order
 */
export function shuffleForQuiz<T extends Pick<TimelineEvent, 'date'>>(
  events: readonly T[],
  random: () => number,
): T[] {
  let order = [...events];
  for (let attempt = 0; attempt < 20; attempt++) {
    order = [...events];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as T, order[i] as T];
    }
    if (!isInDateOrder(order)) return order;
  }
  return order;
}

/** True when no event comes before one that happened earlier. */
export function isInDateOrder(events: readonly Pick<TimelineEvent, 'date'>[]): boolean {
  return events.every(
    (event, i) => i === 0 || compareEventDates(events[i - 1]!.date, event.date) <= 0,
  );
}

/** The list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(Math.max(0, Math.min(next.length, to)), 0, item);
  return next;
}

/**
 * Whether each placed event is where the true order has an event of the same date:
 * two events on the same day may be placed either way round.
 *
 * @example markPlacement([b, a], [a, b]) // [false, false]
 */
export function markPlacement(
  placed: readonly Pick<TimelineEvent, 'date'>[],
  truth: readonly Pick<TimelineEvent, 'date'>[],
): boolean[] {
  return placed.map((event, i) => {
    const expected = truth[i];
    return expected !== undefined && compareEventDates(event.date, expected.date) === 0;
  });
}
