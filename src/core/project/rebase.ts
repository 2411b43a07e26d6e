import type { TimelineEvent } from '../model/index.ts';
import { eventIdOf } from '../extract/events/toTimelineEvents.ts';

/**
 * Events read from an article under another id (a form reads it before the timeline
 * gives it one) as if read under `articleId`: sources name the article, and ids are
 * made again the way the engine makes them, so two articles never share an event id.
 * Events already naming the article come back unchanged.
 *
 * @example rebaseEvents(draftEvents, 'article-7')[0].sources[0].documentId // 'article-7'
 */
export function rebaseEvents(events: readonly TimelineEvent[], articleId: string): TimelineEvent[] {
  if (events.every((e) => e.sources.every((s) => s.documentId === articleId))) return [...events];
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const event of events) {
    const base = eventIdOf(articleId, event.title, event.sources[0]?.span.start ?? 0);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(event.id, id);
  }
  return events.map((event) => {
    const reference = event.date.derivation.reference;
    const eventId = reference.eventId ? ids.get(reference.eventId) : undefined;
    return {
      ...event,
      id: ids.get(event.id)!,
      sources: event.sources.map((s) => ({ ...s, documentId: articleId })),
      date: {
        ...event.date,
        derivation: {
          ...event.date.derivation,
          reference: eventId ? { ...reference, eventId } : reference,
        },
      },
    };
  });
}
