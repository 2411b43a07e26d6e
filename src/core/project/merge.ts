import type { EventSource, TimelineEvent } from '../model/index.ts';

/** Each source with the date it gave: its own when it has one, else its event's. */
export function datedSources(event: TimelineEvent): EventSource[] {
  return event.sources.map((source) =>
    source.date || event.needsDate
      ? source
      : {
          ...source,
          date: { start: event.date.start, ...(event.date.end ? { end: event.date.end } : {}) },
        },
  );
}

/**
 * One event made of several: the first one's id, title, date and status, and every
 * quote, each keeping the date its own event gave so a disagreement stays visible.
 * Sources are ordered by document (in the order the events came) and then by position.
 *
 * @example mergeEvents([rally, rallyAgain]).sources.length // 2
 */
export function mergeEvents(events: readonly TimelineEvent[]): TimelineEvent {
  const [first, ...rest] = events;
  if (!first) throw new Error('mergeEvents needs at least one event');
  if (rest.length === 0) return first;
  const documentOrder: string[] = [];
  const seen = new Set<string>();
  const sources: EventSource[] = [];
  for (const event of events) {
    for (const source of datedSources(event)) {
      const key = `${source.documentId}:${source.span.start}-${source.span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!documentOrder.includes(source.documentId)) documentOrder.push(source.documentId);
      sources.push(source);
    }
  }
  sources.sort(
    (a, b) =>
      documentOrder.indexOf(a.documentId) - documentOrder.indexOf(b.documentId) ||
      a.span.start - b.span.start,
  );
  const timexIds = [...new Set(events.flatMap((e) => e.timexIds))];
  const merged: TimelineEvent = { ...first, sources, timexIds, edited: true };
  if (events.every((e) => e.needsDate)) merged.needsDate = true;
  else if (first.needsDate) {
    // A dated event lends its date to an undated one merged into it.
    const dated = events.find((e) => !e.needsDate)!;
    merged.date = dated.date;
    delete merged.needsDate;
  }
  return merged;
}
