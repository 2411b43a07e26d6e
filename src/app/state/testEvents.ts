import { SEED_ARTICLE } from '../seed/seed.ts';
import type { Extraction } from '../../core/extract/index.ts';
import type { DatePoint, TimelineEvent } from '../../core/model/index.ts';
import { eventAt } from '../../core/project/testEvents.ts';

/**
 * A hand-made event for unit tests of the app (never shipped: real dates come from the
 * engine), quoting "x" at the start of the seed article.
 */
export function testEvent(
  id: string,
  start: string,
  options: { end?: string; precision?: DatePoint['precision'] } = {},
): TimelineEvent {
  return eventAt(id, SEED_ARTICLE.id, 0, 'x', start, options);
}

export function testExtraction(events: TimelineEvent[]): Extraction {
  return { sentences: [], timexes: [], events };
}
