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

/** A paragraph's place in the text, before it is cut into segments. */
export interface ParagraphRange {
  start: number;
  end: number;
}

/**
 * Every paragraph (one per line, blank lines skipped) of a text, by offsets. One pass,
 * no copies of the text.
 *
 * @example paragraphRanges('One.\n\nTwo.') // [{ start: 0, end: 4 }, { start: 6, end: 10 }]
 */
export function paragraphRanges(text: string): ParagraphRange[] {
  const ranges: ParagraphRange[] = [];
  const nonBlank = /\S/g;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const end = lineEnd > lineStart && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    nonBlank.lastIndex = lineStart;
    const found = nonBlank.exec(text);
    if (found && found.index < end) ranges.push({ start: lineStart, end });
    lineStart = lineEnd + 1;
  }
  return ranges;
}

/**
 * Passages sorted by where they start, to find those over a stretch of text without
 * looking at the others: a long article's paragraphs are cut in time linear in the text.
 */
export interface PassageIndex {
  /** The passages overlapping `[start, end)`, in the order they were given. */
  within(start: number, end: number): Passage[];
}

export function indexPassages(passages: readonly Passage[]): PassageIndex {
  const order = passages.map((p, i) => ({ p, i })).sort((a, b) => a.p.start - b.p.start);
  const starts = order.map((o) => o.p.start);
  const longest = passages.reduce((m, p) => Math.max(m, p.end - p.start), 0);
  return {
    within(start, end) {
      // The first passage that may reach into the stretch starts at most `longest` before it.
      let lo = 0;
      let hi = starts.length;
      const from = start - longest;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! < from) lo = mid + 1;
        else hi = mid;
      }
      const found: { p: Passage; i: number }[] = [];
      for (let k = lo; k < order.length && order[k]!.p.start < end; k++)
        if (order[k]!.p.end > start) found.push(order[k]!);
      return found.sort((a, b) => a.i - b.i).map((o) => o.p);
    },
  };
}

/** One paragraph cut into segments by the passages over it. */
export function segmentParagraph(
  text: string,
  range: ParagraphRange,
  index: PassageIndex,
): Paragraph {
  return {
    start: range.start,
    end: range.end,
    segments: segmentLine(text, range.start, range.end, index.within(range.start, range.end)),
  };
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
  const index = indexPassages(passages);
  return paragraphRanges(text).map((range) => segmentParagraph(text, range, index));
}

/** `inLine`: the passages over the line, in the order they were given. */
function segmentLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  inLine: readonly Passage[],
): Segment[] {
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
