import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/core/extract/index.ts';
import type { Article } from '../src/core/model/index.ts';
import { eventsOfArticle, partsOf } from './largeArticle.ts';

const STORY =
  'Dockers walked out on October 1. The strike ended three days later.\n' +
  'A new ballot has been called for November 12.\n';

const article = (text: string): Article => ({
  id: 'large',
  title: 'Large',
  text,
  publishedOn: '2019-10-08',
  language: 'en',
});

describe('partsOf', () => {
  it('cuts after line breaks, each part at most the size, covering the text', () => {
    const text = STORY.repeat(10);
    const parts = partsOf(text, 150);
    expect(parts[0]![0]).toBe(0);
    expect(parts.at(-1)![1]).toBe(text.length);
    for (const [i, [start, end]] of parts.entries()) {
      expect(end - start).toBeLessThanOrEqual(150);
      if (i > 0) expect(start).toBe(parts[i - 1]![1]);
      if (end < text.length) expect(text[end - 1]).toBe('\n');
    }
    expect(partsOf('x'.repeat(10), 4)).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ]);
  });
});

describe('eventsOfArticle', () => {
  it('is extractArticle for an article of one part', () => {
    expect(eventsOfArticle(article(STORY))).toEqual(extractArticle(article(STORY)).events);
  });

  it('reads a long text part by part, quotes at their offsets in the whole, ids apart', () => {
    const text = STORY.repeat(6);
    const events = eventsOfArticle(article(text), STORY.length * 2);
    const once = extractArticle(article(STORY)).events;
    expect(events).toHaveLength(once.length * 3);
    for (const e of events) {
      for (const s of e.sources) expect(text.slice(s.span.start, s.span.end)).toBe(s.span.text);
      const span = e.date.derivation.span;
      if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
});
