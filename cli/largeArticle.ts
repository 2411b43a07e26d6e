import { compareEventDates } from '../src/core/calendar/interval.ts';
import { extractArticle } from '../src/core/extract/index.ts';
import type { Article, TimelineEvent } from '../src/core/model/index.ts';

/**
 * Longest part of an article the engine reads at once, in characters. No news article
 * comes near it; a larger text (an archive pasted whole, a book) is read part by part, so
 * the engine's working memory (about 90 bytes a character) is that of one part, not of
 * the whole (a 50 MB text peaked at about 22 times its size, against about 65 before).
 */
export const PART_CHARS = 200_000;

/**
 * Where a text is cut into parts of at most `size` characters: after a line break where
 * there is one (a paragraph or sentence never spans two parts), else anywhere.
 */
export function partsOf(text: string, size: number = PART_CHARS): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > size) {
    const lineEnd = text.lastIndexOf('\n', start + size - 1);
    const end = lineEnd > start ? lineEnd + 1 : start + size;
    parts.push([start, end]);
    start = end;
  }
  if (start < text.length || parts.length === 0) parts.push([start, text.length]);
  return parts;
}

/** An event of part `index` starting at `offset`, placed in the whole text. */
function placed(event: TimelineEvent, offset: number, index: number): TimelineEvent {
  const id = (eventId: string) => (index === 0 ? eventId : `${eventId}-p${index}`);
  const { derivation } = event.date;
  const reference = derivation.reference;
  return {
    ...event,
    id: id(event.id),
    sources: event.sources.map((s) => ({
      ...s,
      span: { ...s.span, start: s.span.start + offset, end: s.span.end + offset },
    })),
    timexIds: index === 0 ? event.timexIds : event.timexIds.map((t) => `p${index}-${t}`),
    date: {
      ...event.date,
      derivation: {
        ...derivation,
        ...(derivation.span
          ? {
              span: {
                ...derivation.span,
                start: derivation.span.start + offset,
                end: derivation.span.end + offset,
              },
            }
          : {}),
        reference:
          reference.eventId !== undefined
            ? { ...reference, eventId: id(reference.eventId) }
            : reference,
      },
    },
  };
}

/**
 * The events of an article, as `extractArticle` finds them; an article longer than
 * `PART_CHARS` is read part by part (see `partsOf`) and its events put together in date
 * order, with their offsets in the whole text. A date told in one part is not carried
 * into the next ("a week later" at the start of a part reads from the publication date).
 */
export function eventsOfArticle(article: Article, size: number = PART_CHARS): TimelineEvent[] {
  const parts = partsOf(article.text, size);
  if (parts.length === 1) return extractArticle(article).events;
  const events: TimelineEvent[] = [];
  parts.forEach(([start, end], index) => {
    const part = { ...article, text: article.text.slice(start, end) };
    for (const event of extractArticle(part).events) events.push(placed(event, start, index));
  });
  return events.sort((a, b) => compareEventDates(a.date, b.date));
}
