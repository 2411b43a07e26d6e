import { describe, expect, it } from 'vitest';
import type { Article } from '../model/index.ts';
import { extractArticle } from './index.ts';

const article = (text: string, publishedOn = '2019-10-08'): Article => ({
  id: 'engine-test',
  title: 'Test',
  text,
  publishedOn,
  language: 'en',
});

describe('extractArticle', () => {
  it('returns nothing for empty text and no events for text without dates', () => {
    expect(extractArticle(article('')).events).toEqual([]);
    expect(
      extractArticle(article('The committee is independent. It has nine members.')).events,
    ).toEqual([]);
  });

  it('reads a short story end to end', () => {
    const text =
      'Dockers walked out on October 1. The strike ended three days later.\n' +
      'A new ballot has been called for November 12.';
    const { events } = extractArticle(article(text));
    const dates = events.map((e) => [e.date.start.value, e.status]);
    expect(dates).toContainEqual(['2019-10-01', 'happened']);
    expect(dates).toContainEqual(['2019-11-12', 'planned']);
    for (const e of events)
      for (const s of e.sources) expect(s.span.text).toBe(text.slice(s.span.start, s.span.end));
  });

  it('does not choke on markup-looking text', () => {
    const text = '<div><script>alert("x")</script> On <b>May 5, 2018</b> the plant closed.</div>';
    const { events } = extractArticle(article(text));
    expect(events.map((e) => e.date.start.value)).toEqual(['2018-05-05']);
  });
});
