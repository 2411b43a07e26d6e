import type { EventSource, TimelineEvent } from '../model/index.ts';
import { eventInterval } from '../calendar/interval.ts';
import { datedSources } from './merge.ts';

/** One source of an event with the date it gives. */
export type DatedSource = EventSource & { date: NonNullable<EventSource['date']> };

/**
 * The sources of an event with their dates when they disagree (two of them give dates
 * that do not overlap, "25 February" against "26 February"), else null. "February" and
 * "25 February" agree: one contains the other.
 *
 * @example sourcesDisagree(mergedRally) // [{ documentId: 'a', date: {...25 Feb} }, { documentId: 'b', date: {...26 Feb} }]
 */
export function sourcesDisagree(event: TimelineEvent): DatedSource[] | null {
  const dated = datedSources(event).filter((s): s is DatedSource => s.date !== undefined);
  if (dated.length < 2) return null;
  const intervals = dated.map((s) => eventInterval(s.date));
  for (let i = 0; i < intervals.length; i++) {
    for (let j = i + 1; j < intervals.length; j++) {
      const a = intervals[i]!;
      const b = intervals[j]!;
      if (a.end <= b.start || b.end <= a.start) return dated;
    }
  }
  return null;
}
