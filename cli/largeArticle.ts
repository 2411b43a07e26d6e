import { compareEventDates } from '../src/core/calendar/interval.ts';
import { extractArticle, type TimexCarry } from '../src/core/extract/index.ts';
import { eventIdOf } from '../src/core/extract/events/toTimelineEvents.ts';
import type { Article, TimelineEvent } from '../src/core/model/index.ts';
import { PART_CHARS } from './decode.ts';

export { PART_CHARS } from './decode.ts';

/*
 * Longest part of an article the engine reads at once, in characters: `PART_CHARS`. No
 * news article comes near it; a larger text (an archive pasted whole, a book) is read
 * part by part, each part as the continuation of the one before (the engine's `after`:
 * "a week later" at the start of a part counts from the last date of the part before),
 * so the engine's working memory (about 90 bytes a character) is that of one part.
 */

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

/**
 * The id the event would have in the whole text: ids hash where the event is quoted
 * (`eventIdOf`), and a part's quotes are counted from the part's start.
 */
function idInWhole(event: TimelineEvent, documentId: string, offset: number): string {
  for (const { span } of event.sources) {
    const inPart = eventIdOf(documentId, event.title, span.start);
    if (event.id === inPart || event.id.startsWith(`${inPart}-`)) {
      return (
        eventIdOf(documentId, event.title, span.start + offset) + event.id.slice(inPart.length)
      );
    }
  }
  return event.id;
}

/**
 * Sentence numbers in an explanation ("inferred from sentence 12 (“…”)", "(“two
 * hours”, sentence 12)"), counted in the part: the engine's wording of them.
 */
const SENTENCE_NUMBER = /(inferred from sentence |”, sentence )(\d+)/g;

/**
 * The events of a part starting at character `offset` and sentence `sentences` of the
 * whole text, placed in the whole text.
 */
function placed(
  events: readonly TimelineEvent[],
  documentId: string,
  offset: number,
  sentences: number,
): TimelineEvent[] {
  if (offset === 0) return [...events];
  const ids = new Map(events.map((e) => [e.id, idInWhole(e, documentId, offset)]));
  const at = <T extends { start: number; end: number }>(span: T): T => ({
    ...span,
    start: span.start + offset,
    end: span.end + offset,
  });
  return events.map((event) => {
    const { derivation } = event.date;
    const reference = derivation.reference;
    return {
      ...event,
      id: ids.get(event.id)!,
      sources: event.sources.map((s) => ({
        ...s,
        span: at(s.span),
        ...(s.sentence !== undefined ? { sentence: s.sentence + sentences } : {}),
      })),
      date: {
        ...event.date,
        derivation: {
          ...derivation,
          explanation: derivation.explanation.replace(
            SENTENCE_NUMBER,
            (_, words: string, n: string) => `${words}${Number(n) + sentences}`,
          ),
          ...(derivation.span ? { span: at(derivation.span) } : {}),
          reference:
            reference.eventId !== undefined
              ? { ...reference, eventId: ids.get(reference.eventId) ?? reference.eventId }
              : reference,
        },
      },
    };
  });
}

/**
 * The events of a text given in consecutive parts (cut at line breaks), part by part, as
 * `extractArticle` finds them reading each part as the continuation of the one before,
 * with offsets, ids and expression ids as in the whole text. Nothing of a part (its
 * sentences, expressions, working memory) is held once its events are out.
 *
 * @param article the article, its text aside (`text` is not read)
 */
export function* eventsOfParts(
  article: Article,
  parts: Iterable<string>,
): Generator<TimelineEvent[]> {
  let offset = 0;
  let sentences = 0;
  let after: TimexCarry | undefined;
  for (const text of parts) {
    const reading = extractArticle({ ...article, text }, after ? { after } : {});
    after = reading.carry;
    yield placed(reading.events, article.id, offset, sentences);
    offset += text.length;
    sentences += reading.sentences.length;
  }
}

/**
 * The events of an article, as `extractArticle` finds them; an article longer than
 * `size` is read part by part (see `partsOf`, `eventsOfParts`) and its events put
 * together in date order, then text order, as `extractArticle` orders them.
 */
export function eventsOfArticle(article: Article, size: number = PART_CHARS): TimelineEvent[] {
  const parts = partsOf(article.text, size);
  if (parts.length === 1) return extractArticle(article).events;
  const texts = parts.map(([start, end]) => article.text.slice(start, end));
  const events = [...eventsOfParts(article, texts)].flat();
  return events.sort(
    (a, b) =>
      compareEventDates(a.date, b.date) || a.sources[0]!.span.start - b.sources[0]!.span.start,
  );
}
