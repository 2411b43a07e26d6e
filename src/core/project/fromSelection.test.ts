import { describe, expect, it } from 'vitest';
import type { Article, Timex } from '../model/index.ts';
import { eventFromSelection, titleFromQuote } from './fromSelection.ts';
import { eventAt } from './testEvents.ts';

const text =
  'Thousands rallied on 25 February. Police detained dozens of people afterwards. A new march is called for March 24.';
const article: Article = {
  id: 'a',
  title: 'T',
  text,
  publishedOn: '2012-02-27',
  language: 'en',
};
const rally = eventAt('rally', 'a', 0, text.slice(0, 33), '2012-02-25');
const march24: Timex = {
  id: 't2',
  span: { start: text.indexOf('March 24'), end: text.indexOf('March 24') + 8, text: 'March 24' },
  type: 'DATE',
  value: '2012-03-24',
  stated: { month: 3, day: 24 },
  anchor: { kind: 'document' },
  tense: 'future',
  rule: 'test',
};
const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;

describe('eventFromSelection', () => {
  it('quotes exactly the selected words, trimmed of spaces', () => {
    const [start, end] = at(' Police detained dozens of people ');
    const event = eventFromSelection({
      article,
      start,
      end,
      id: 'h',
      timexes: [],
      events: [rally],
    })!;
    expect(event.sources[0]!.span.text).toBe('Police detained dozens of people');
    expect(text.slice(event.sources[0]!.span.start, event.sources[0]!.span.end)).toBe(
      'Police detained dozens of people',
    );
  });

  it('takes the date the selection holds, planned when after publication', () => {
    const [start, end] = at('A new march is called for March 24.');
    const event = eventFromSelection({
      article,
      start,
      end,
      id: 'h',
      timexes: [march24],
      events: [rally],
    })!;
    expect(event.date.start).toEqual({ value: '2012-03-24', precision: 'day', approximate: false });
    expect(event.status).toBe('planned');
    expect(event.needsDate).toBeUndefined();
  });

  it('otherwise takes the date of the event whose story it continues', () => {
    const [start, end] = at('Police detained dozens of people afterwards.');
    const event = eventFromSelection({
      article,
      start,
      end,
      id: 'h',
      timexes: [march24],
      events: [rally],
    })!;
    expect(event.date.start.value).toBe('2012-02-25');
    expect(event.date.derivation.inferred).toBe(true);
    expect(event.date.derivation.reference.eventId).toBe('rally');
  });

  it('otherwise marks the event as needing a date', () => {
    const [start, end] = at('Thousands rallied');
    const event = eventFromSelection({ article, start, end, id: 'h', timexes: [], events: [] })!;
    expect(event.needsDate).toBe(true);
  });

  it('refuses a selection of spaces only', () => {
    expect(
      eventFromSelection({ article, start: 33, end: 34, id: 'h', timexes: [], events: [] }),
    ).toBeNull();
  });
});

describe('titleFromQuote', () => {
  it('keeps the first eight words', () => {
    expect(titleFromQuote('one two three four five six seven eight nine')).toBe(
      'one two three four five six seven eight…',
    );
  });
});
