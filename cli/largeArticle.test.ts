import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/core/extract/index.ts';
import type { Article, TimelineEvent } from '../src/core/model/index.ts';
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

describe('eventsOfArticle carries the reading from part to part', () => {
  // A history: its year-less dates are read against the year the story has reached.
  const HISTORY = [
    'In 1940 the war reached the Low Countries.',
    'On May 10 German troops crossed the Dutch border.',
    'The evacuation from Dunkirk ended on June 4.',
    '',
    'In 1941 the fighting moved east.',
    'On June 22 German armies invaded the Soviet Union.',
    'Japanese aircraft attacked Pearl Harbor on December 7.',
    '',
    'The tide began to turn in 1942.',
    'On November 8 Allied troops landed in North Africa.',
    'Soviet forces encircled the German Sixth Army on November 23.',
    '',
  ].join('\n');
  const history = { ...article(HISTORY), publishedOn: '2009-05-04' };
  /** An explanation that names the date read against by its value, not its words. */
  const byValue = (e: TimelineEvent) => ({
    ...e,
    date: {
      ...e.date,
      derivation: {
        ...e.date.derivation,
        explanation: e.date.derivation.explanation.replace(
          /read against (?:.*? (?:in the sentence before|sentences? before)|an earlier date in the text \([^)]*\))/,
          'read against an earlier date',
        ),
      },
    },
  });

  it('anchors "a week later" at the start of a part to the date at the end of the one before', () => {
    const text =
      'The strike began at the docks on October 1, 2019.\nA week later the port offered talks.\n';
    const strike = { ...article(text), publishedOn: '2020-03-02' };
    const events = eventsOfArticle(strike, text.indexOf('\n') + 1);
    expect(partsOf(text, text.indexOf('\n') + 1)).toHaveLength(2);
    const later = events.find((e) => e.title.startsWith('Week later'));
    expect(later?.date.start.value).toBe('2019-10-08');
    expect(later?.date.derivation.explanation).toContain(
      'read against an earlier date in the text (2019-10-01)',
    );
    expect(later?.sources[0]?.sentence).toBe(1);
  });

  it.each([70, 100, 150, 200, 300])(
    'gives the events of the text read whole, in parts of %i characters',
    (size) => {
      const whole = extractArticle(history).events;
      expect(whole.map((e) => e.date.start.value)).toContain('1941-12-07');
      const inParts = eventsOfArticle(history, size);
      expect(partsOf(HISTORY, size).length).toBeGreaterThan(1);
      // The same events, ids, dates, offsets, sentence numbers and expression ids; only an
      // explanation counting from a date in the part before names it by its value.
      expect(inParts.map(byValue)).toEqual(whole.map(byValue));
    },
  );

  it('does not read a part against dates of the one before unless carried', () => {
    // What the carry mends: the second part read on its own takes the publication year.
    const second = HISTORY.slice(HISTORY.indexOf('In 1941'));
    const alone = extractArticle({ ...history, text: second.slice(second.indexOf('On June 22')) });
    expect(alone.events[0]?.date.start.value).not.toBe('1941-06-22');
  });
});
