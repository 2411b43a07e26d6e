import type { DatePoint, TimelineEvent } from '../model/index.ts';

/** A hand-made event for unit tests: one passage `text` at `at` in document `doc`. */
export function eventAt(
  id: string,
  doc: string,
  at: number,
  text: string,
  start: string,
  options: { precision?: DatePoint['precision']; title?: string; end?: string } = {},
): TimelineEvent {
  const precision = options.precision ?? (start.length === 7 ? 'month' : 'day');
  return {
    id,
    title: options.title ?? `Event ${id}`,
    status: 'happened',
    timexIds: [],
    edited: false,
    date: {
      start: { value: start, precision, approximate: false },
      ...(options.end ? { end: { value: options.end, precision, approximate: false } } : {}),
      derivation: {
        phrase: start,
        reference: { kind: 'document-date', value: '2012-02-27', label: 'the publication date' },
        rule: 'test',
        explanation: 'test',
        inferred: false,
      },
    },
    sources: [{ documentId: doc, span: { start: at, end: at + text.length, text } }],
  };
}

export const day = (value: string): DatePoint => ({ value, precision: 'day', approximate: false });
