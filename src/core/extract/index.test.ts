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

describe('extractArticle on dates far from now (issue 11)', () => {
  const read = (text: string, publishedOn: string) => {
    const { timexes, events } = extractArticle(article(text, publishedOn));
    return {
      timexes: timexes.map((t) => [t.span.text, t.type, t.value]),
      events: events.map((e) => [e.date.start.value, e.date.end?.value, e.status]),
    };
  };

  it('leaves a date beyond year 9999 or before year 0 undated, the phrase still a timex', () => {
    expect(read('Protesters rallied 1,000,000,000 days earlier.', '2012-03-01')).toEqual({
      timexes: [['1,000,000,000 days earlier', 'DATE', 'XXXX-XX-XX']],
      events: [],
    });
    // Not a date in the seventh millennium: the year would be about 6200 BC.
    expect(read('Protesters rallied 3,000,000 days earlier.', '2012-03-01').timexes).toEqual([
      ['3,000,000 days earlier', 'DATE', 'XXXX-XX-XX'],
    ]);
    expect(
      read('Protesters will rally two days before the vote on March 24.', '9999-12-31'),
    ).toEqual({
      timexes: [
        ['two days', 'DURATION', 'P2D'],
        ['March 24', 'DATE', 'XXXX-03-24'],
      ],
      events: [],
    });
    const counted = read(
      'The vote was on March 3. Protesters rallied 1,000,000,000 days earlier.',
      '2012-03-01',
    );
    expect(counted.events).toEqual([['2012-03-03', undefined, 'planned']]);
  });

  it('reads publication dates before 100 AD in their own century', () => {
    expect(read('Protesters rallied in March.', '0050-06-01')).toEqual({
      timexes: [['March', 'DATE', '0050-03']],
      events: [['0050-03', undefined, 'happened']],
    });
  });
});

describe('extractArticle on midnight (issue 11)', () => {
  const times = (text: string) =>
    extractArticle(article(text, '2012-03-01')).events.map((e) => [e.date.start.value, e.status]);

  it('writes midnight as 00:00, of the next day when it ends the day', () => {
    expect(times('Police will meet at midnight on March 3.')).toContainEqual([
      '2012-03-04T00:00',
      'planned',
    ]);
    expect(times('Protesters will rally at midnight.')).toEqual([['2012-03-02T00:00', 'planned']]);
  });

  it('reads a midnight told in the past as the one that began the day: it happened', () => {
    expect(times('Protesters rallied at midnight.')).toEqual([['2012-03-01T00:00', 'happened']]);
  });
});
