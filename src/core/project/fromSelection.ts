import type { Article, DatePoint, Timex, TimelineEvent } from '../model/index.ts';
import { timexValueToPoint } from '../extract/events/timexPoint.ts';
import { describeEventDate } from '../calendar/describeDate.ts';
import { spanOf } from '../model/index.ts';

export interface SelectionInput {
  article: Article;
  /** Offsets into the article's text, end exclusive. */
  start: number;
  end: number;
  /** The new event's id. */
  id: string;
  /** The engine's expressions for this article, when it has read it. */
  timexes: readonly Timex[];
  /** The events shown, to take the date of the story the selection continues. */
  events: readonly TimelineEvent[];
}

/** The selection without the spaces at its ends; null when only spaces were selected. */
export function trimSelection(text: string, start: number, end: number): [number, number] | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? [s, e] : null;
}

/** A title from the first words of the quote: at most eight words, at most 80 characters. */
export function titleFromQuote(quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  let title = words.slice(0, 8).join(' ');
  if (title.length > 80) title = `${title.slice(0, 79)}…`;
  else if (words.length > 8) title += '…';
  return title.replace(/^[“"'‘(]+/, '') || 'Event';
}

/**
 * An event made by hand from a selection, quoting exactly the selected words. Its date is
 * the first date the selection itself holds; failing that, the date of the event whose
 * story it continues (the last event quoted before it in the article); failing that, it
 * is marked as needing a date. Null when the selection holds no words.
 *
 * @example eventFromSelection({ article, start: 10, end: 60, ... }).sources[0].span.text // the selection
 */
export function eventFromSelection(input: SelectionInput): TimelineEvent | null {
  const { article } = input;
  const range = trimSelection(article.text, input.start, input.end);
  if (!range) return null;
  const [start, end] = range;
  const span = spanOf(article.text, start, end);
  const base = {
    id: input.id,
    title: titleFromQuote(span.text),
    sources: [{ documentId: article.id, span }],
    edited: true,
  };

  for (const timex of input.timexes) {
    if (timex.span.start < start || timex.span.end > end) continue;
    if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
    const point = timexValueToPoint(timex.value, timex.mod);
    if (!point) continue;
    return {
      ...base,
      status: statusAgainst(point, article.publishedOn),
      timexIds: [timex.id],
      date: {
        start: point,
        derivation: {
          phrase: timex.span.text,
          span: timex.span,
          reference: {
            kind: 'document-date',
            value: article.publishedOn,
            label: 'the publication date',
          },
          rule: 'from-selection',
          explanation: `“${timex.span.text}” in the selected words: ${describeEventDate({ start: point })}.`,
          inferred: false,
        },
      },
    };
  }

  const before = input.events
    .filter((e) => !e.needsDate)
    .flatMap((e) =>
      e.sources
        .filter((s) => s.documentId === article.id && s.span.start <= start)
        .map((s) => ({ event: e, at: s.span.start })),
    )
    .sort((a, b) => b.at - a.at)[0];
  if (before) {
    const { event } = before;
    return {
      ...base,
      status: event.status,
      timexIds: [],
      date: {
        start: event.date.start,
        ...(event.date.end ? { end: event.date.end } : {}),
        derivation: {
          phrase: '',
          reference: {
            kind: 'event',
            eventId: event.id,
            value: event.date.start.value,
            label: event.title,
          },
          rule: 'continues-story',
          explanation: `No date in the selected words; it continues the story of “${event.title}”: ${describeEventDate(event.date)}.`,
          inferred: true,
        },
      },
    };
  }

  return {
    ...base,
    status: 'happened',
    timexIds: [],
    needsDate: true,
    date: {
      start: { value: article.publishedOn, precision: 'day', approximate: false },
      derivation: {
        phrase: '',
        reference: { kind: 'none', label: 'no date yet' },
        rule: 'needs-date',
        explanation: 'No date in the selected words or the story before them: set one by hand.',
        inferred: false,
      },
    },
  };
}

/** Planned when the date lies after the publication day, else happened. */
function statusAgainst(point: DatePoint, publishedOn: string): TimelineEvent['status'] {
  return point.value.slice(0, 10) > publishedOn ? 'planned' : 'happened';
}
