import type { EventSource, TimelineEvent } from '../model/index.ts';
import { eventInterval } from '../calendar/interval.ts';
import { datedSources } from './merge.ts';

/** One source of an event with the date it gives. */
export type DatedSource = EventSource & { date: NonNullable<EventSource['date']> };

// Asked for every event the list, the timeline and the details draw, often several times
// per event: the answer is kept per event object (events are never changed in place).
const answers = new WeakMap<TimelineEvent, DatedSource[] | null>();

/**
 * The sources of an event with their dates when they disagree (two of them give dates
 * that do not overlap, "25 February" against "26 February"), else null. "February" and
 * "25 February" agree: one contains the other. Linear in the number of sources: an event
 * quoted a thousand times costs a thousand steps, not a million.
 *
 * @example sourcesDisagree(mergedRally) // [{ documentId: 'a', date: {...25 Feb} }, { documentId: 'b', date: {...26 Feb} }]
 */
export function sourcesDisagree(event: TimelineEvent): DatedSource[] | null {
  let answer = answers.get(event);
  if (answer === undefined) answers.set(event, (answer = disagreement(event)));
  return answer;
}

function disagreement(event: TimelineEvent): DatedSource[] | null {
  // Sources without a date of their own all give the event's date: they agree.
  if (event.sources.filter((s) => s.date !== undefined).length === 0) return null;
  const dated = datedSources(event).filter((s): s is DatedSource => s.date !== undefined);
  if (dated.length < 2) return null;
  // Intervals on a line overlap pairwise exactly when the latest start comes before the
  // earliest end (ends exclusive); any pair apart shows as latest start ≥ earliest end.
  let latestStart = -Infinity;
  let earliestEnd = Infinity;
  for (const source of dated) {
    const { start, end } = eventInterval(source.date);
    latestStart = Math.max(latestStart, start.getTime());
    earliestEnd = Math.min(earliestEnd, end.getTime());
  }
  return latestStart >= earliestEnd ? dated : null;
}
