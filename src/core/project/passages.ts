import type { EventSource, PassageRef, TimelineEvent } from '../model/index.ts';

/**
 * The passage that names an event in a hand edit: its first source.
 *
 * @example passageOf(event) // { documentId: 'seed', start: 120, end: 180, text: 'On Saturday …' }
 */
export function passageOf(event: TimelineEvent): PassageRef {
  return refOfSource(event.sources[0]!);
}

export function refOfSource(source: EventSource): PassageRef {
  return {
    documentId: source.documentId,
    start: source.span.start,
    end: source.span.end,
    text: source.span.text,
  };
}

/** A short stable key for a passage: `doc:start-end`. */
export function passageKey(ref: PassageRef): string {
  return `${ref.documentId}:${ref.start}-${ref.end}`;
}

function overlap(source: EventSource, ref: PassageRef): number {
  if (source.documentId !== ref.documentId) return 0;
  return Math.max(0, Math.min(source.span.end, ref.end) - Math.max(source.span.start, ref.start));
}

/**
 * The index of the event a passage names: the one quoting exactly that passage, else the
 * one whose quote overlaps it most (the engine may cut a quote a little differently after
 * re-reading), else -1.
 *
 * @example findEventByPassage(events, passageOf(events[2]!)) // 2
 */
export function findEventByPassage(events: readonly TimelineEvent[], ref: PassageRef): number {
  let best = -1;
  let bestOverlap = 0;
  for (let i = 0; i < events.length; i++) {
    for (const source of events[i]!.sources) {
      if (
        source.documentId === ref.documentId &&
        source.span.start === ref.start &&
        source.span.end === ref.end
      )
        return i;
      const shared = overlap(source, ref);
      // At least half of the shorter of the two must be shared to count as the same passage.
      const shorter = Math.min(source.span.end - source.span.start, ref.end - ref.start);
      if (shared > bestOverlap && shared * 2 >= shorter) {
        best = i;
        bestOverlap = shared;
      }
    }
  }
  return best;
}
