import { SEED_ARTICLE } from '../seed/seed.ts';
import type { Extraction } from '../../core/extract/index.ts';
import type { DatePoint, TimelineEvent } from '../../core/model/index.ts';

/** A hand-made event for unit tests of the app (never shipped: real dates come from the engine). */
export function testEvent(
  id: string,
  start: string,
  options: { end?: string; precision?: DatePoint['precision'] } = {},
): TimelineEvent {
  const precision = options.precision ?? (start.length === 7 ? 'month' : 'day');
  return {
    id,
    title: `Event ${id}`,
    status: 'happened',
    timexIds: [],
    edited: false,
    date: {
      start: { value: start, precision, approximate: false },
      ...(options.end ? { end: { value: options.end, precision, approximate: false } } : {}),
      derivation: {
        phrase: start,
        reference: { kind: 'none', label: 'the text' },
        rule: 'test',
        explanation: 'test',
        inferred: false,
      },
    },
    sources: [{ documentId: SEED_ARTICLE.id, span: { start: 0, end: 1, text: 'x' } }],
  };
}

export function testExtraction(events: TimelineEvent[]): Extraction {
  return { sentences: [], timexes: [], events };
}
