import type { TimelineEvent } from '../../core/model/index.ts';

/** One source passage of one event, by offsets into the article text. */
export interface Passage {
  eventId: string;
  /** Index of the source within the event's `sources`. */
  sourceIndex: number;
  start: number;
  end: number;
}

/** A stretch of a paragraph with the same passages over all of it. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The smallest passage covering the segment: the event a click on it selects. */
  owner: Passage | null;
  /** Every passage covering the segment, smallest first. */
  passages: Passage[];
}

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

/** Every source passage of the events that lies in this article, clamped to its text. */
export function passagesOf(
  events: readonly TimelineEvent[],
  articleId: string,
  textLength: number,
): Passage[] {
  return events.flatMap((event) =>
    event.sources.flatMap((source, sourceIndex) => {
      if (source.documentId !== articleId) return [];
      const start = Math.max(0, Math.min(source.span.start, textLength));
      const end = Math.max(0, Math.min(source.span.end, textLength));
      return end > start ? [{ eventId: event.id, sourceIndex, start, end }] : [];
    }),
  );
}

/**
 * Splits an article into paragraphs (one per line) and each paragraph into segments
 * that do not overlap, so overlapping passages can each be drawn as `<mark>`s.
 * A segment belongs to the smallest passage covering it; ties go to the earlier passage.
 *
 * @example segmentArticle('Abc def', [{ eventId: 'e1', sourceIndex: 0, start: 4, end: 7 }])
 * // [{ start: 0, end: 7, segments: [{ text: 'Abc ', owner: null }, { text: 'def', owner: e1 }] }]
 */
export function segmentArticle(text: string, passages: readonly Passage[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lineBreak = /\r?\n/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    if (text.slice(lineStart, lineEnd).trim() !== '') {
      paragraphs.push({
        start: lineStart,
        end: lineEnd,
        segments: segmentLine(text, lineStart, lineEnd, passages),
      });
    }
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return paragraphs;
}

function segmentLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  passages: readonly Passage[],
): Segment[] {
  const inLine = passages.filter((p) => p.start < lineEnd && p.end > lineStart);
  const cuts = new Set([lineStart, lineEnd]);
  for (const p of inLine) {
    if (p.start > lineStart) cuts.add(p.start);
    if (p.end < lineEnd) cuts.add(p.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = inLine
      .filter((p) => p.start <= start && p.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
    const owner = covering[0] ?? null;
    const previous = segments.at(-1);
    // Neighbours under exactly the same passages read as one piece.
    if (previous && samePassages(previous.passages, covering)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), owner, passages: covering });
    }
  }
  return segments;
}

function samePassages(a: readonly Passage[], b: readonly Passage[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/**
 * The event a click on a segment selects: its owner, or, when one of the segment's events
 * is already selected, the next one covering it, so passages that share words (or hide
 * inside a longer one) can each be reached from the text.
 */
export function eventForSegment(segment: Segment, selectedId: string | null): string | null {
  const ids = [...new Set(segment.passages.map((p) => p.eventId))];
  const current = selectedId === null ? -1 : ids.indexOf(selectedId);
  if (current === -1) return segment.owner?.eventId ?? null;
  return ids[(current + 1) % ids.length] ?? null;
}
