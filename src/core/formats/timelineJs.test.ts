import { describe, expect, it } from 'vitest';
import { parseTimelineJs, toTimelineJs } from './timelineJs.ts';
import {
  APPROXIMATE_SPAN_EVENT,
  DAY_EVENT,
  FIXTURE_ARTICLE,
  FIXTURE_EVENTS,
  MONTH_EVENT,
  PLANNED_EVENT,
  TIME_SPAN_EVENT,
} from './testFixtures.ts';

const timeline = toTimelineJs({ article: FIXTURE_ARTICLE, events: FIXTURE_EVENTS });
const slide = (id: string) => timeline.events.find((e) => e.unique_id === id);

describe('toTimelineJs', () => {
  it('gives a day event year, month and day, and no clock time', () => {
    expect(slide('e1')?.start_date).toEqual({
      year: 2012,
      month: 2,
      day: 25,
      display_date: '25 February 2012',
    });
    expect(slide('e1')?.end_date).toBeUndefined();
  });

  it('leaves the day out of a month-only date', () => {
    expect(slide('e2')?.start_date).toEqual({
      year: 2011,
      month: 12,
      display_date: 'December 2011',
    });
  });

  it('gives clock times as hour and minute on both ends', () => {
    expect(slide('e4')?.start_date).toMatchObject({
      year: 2012,
      month: 2,
      day: 25,
      hour: 12,
      minute: 0,
    });
    expect(slide('e4')?.end_date).toMatchObject({ hour: 14, minute: 0 });
    expect(slide('e4')?.display_date).toBe('25 February 2012, 12:00–14:00');
  });

  it('says approximate ends in the display date', () => {
    expect(slide('e5')?.display_date).toBe('25 February – about 10 March 2012');
  });

  it('escapes article text placed in headline and text, which TimelineJS renders as HTML', () => {
    const planned = slide('e3');
    expect(planned?.text.headline).toBe('Rally &lt;planned&gt; for March 24');
    expect(planned?.text.text).not.toContain('<script>');
    expect(planned?.text.text).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &quot;peaceful&quot;',
    );
    expect(planned?.text.text).toContain('&amp; promised');
  });

  it('puts the quote and how the date was worked out in the slide text', () => {
    expect(slide('e1')?.text.text).toBe(
      '<blockquote>“Police detained protesters on February 25”</blockquote>' +
        '<p>“February 25” read against the publication date.</p>',
    );
  });

  it('groups slides by status when statuses differ, and not when all are the same', () => {
    expect(slide('e3')?.group).toBe('Planned');
    expect(slide('e1')?.group).toBe('Happened');
    const allHappened = toTimelineJs({
      article: FIXTURE_ARTICLE,
      events: [DAY_EVENT, MONTH_EVENT],
    });
    expect(allHappened.events.every((e) => e.group === undefined)).toBe(true);
  });

  it('titles the timeline and credits the article with a link to it', () => {
    const titled = toTimelineJs({ article: FIXTURE_ARTICLE, events: [], title: 'Almaty <2012>' });
    expect(titled.title.text.headline).toBe('Almaty &lt;2012&gt;');
    expect(titled.title.text.text).toContain('<a href="https://example.org/almaty">Source</a>');
    expect(titled.title.text.text).toContain('published 27 February 2012');
  });

  it('does not turn a non-web source URL into a link', () => {
    const article = { ...FIXTURE_ARTICLE, sourceUrl: 'javascript:alert(1)' };
    expect(toTimelineJs({ article, events: [] }).title.text.text).not.toContain('href');
  });

  it('makes ids safe for URLs and unique', () => {
    const events = [
      { ...DAY_EVENT, id: 'a b' },
      { ...MONTH_EVENT, id: 'a/b' },
    ];
    const ids = toTimelineJs({ article: FIXTURE_ARTICLE, events }).events.map((e) => e.unique_id);
    expect(ids).toEqual(['a-b', 'a-b-2']);
  });
});

describe('parseTimelineJs', () => {
  it('reads its own export back: dates, precision, status, plain-text titles and quotes', () => {
    const result = parseTimelineJs(JSON.stringify(timeline));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const byId = new Map(result.value.events.map((e) => [e.id, e]));
    expect(result.value.title).toBe(FIXTURE_ARTICLE.title);
    for (const original of FIXTURE_EVENTS) {
      const back = byId.get(original.id);
      expect(back?.title).toBe(original.title);
      expect(back?.status).toBe(original.status);
      expect(back?.date.start).toEqual(original.date.start);
      expect(back?.date.end?.value).toBe(original.date.end?.value);
      expect(back?.sources[0]?.span.text).toBe(original.sources[0]?.span.text);
    }
    expect(byId.get(PLANNED_EVENT.id)?.sources[0]?.span.text).toContain('<script>');
    expect(byId.get(TIME_SPAN_EVENT.id)?.date.end?.precision).toBe('minute');
    expect(byId.get(APPROXIMATE_SPAN_EVENT.id)?.date.derivation.rule).toBe('imported-timelinejs');
  });

  it('accepts dates written as strings, as hand-made TimelineJS files often have them', () => {
    const text = JSON.stringify({
      events: [{ start_date: { year: '1998', month: '1' }, text: { headline: 'Budget' } }],
    });
    const result = parseTimelineJs(text);
    expect(result.ok && result.value.events[0]?.date.start).toEqual({
      value: '1998-01',
      precision: 'month',
      approximate: false,
    });
  });

  it('lists every bad field with its path instead of throwing', () => {
    const text = JSON.stringify({
      events: [
        { start_date: { year: 2012, month: 13 } },
        { start_date: { year: 2012, month: 2, day: 30 } },
        { text: { headline: 'no date' } },
      ],
    });
    const result = parseTimelineJs(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.input).toBe(text);
    expect(result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['events[0].start_date.month', 'events[2].start_date']),
    );
  });

  it('rejects a day that is not in the calendar', () => {
    const text = JSON.stringify({ events: [{ start_date: { year: 2012, month: 2, day: 30 } }] });
    const result = parseTimelineJs(text);
    expect(!result.ok && result.errors).toEqual([
      { path: 'events[0].start_date', message: '2012-02-30 is not a day in the calendar' },
    ]);
  });

  it('reports text that is not JSON', () => {
    const result = parseTimelineJs('<html>');
    expect(!result.ok && result.errors[0]?.message).toMatch(/^not valid JSON/);
  });
});
