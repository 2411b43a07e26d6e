import { describe, expect, it } from 'vitest';
import type { Article, Timex } from '../../model/index.ts';
import { splitSentences } from '../grammar/sentences.ts';
import { buildEvents } from './index.ts';
import { timexAt } from './testSupport.ts';

function article(text: string, publishedOn = '2010-12-20'): Article {
  return { id: 'doc-9', title: 'Test', text, publishedOn, language: 'en' };
}
const build = (text: string, timexes: Timex[], publishedOn?: string) =>
  buildEvents(article(text, publishedOn), splitSentences(text), timexes);

/** A hand-made timex at every occurrence of `phrase` (they stand in for the date engine). */
function everyTimex(text: string, phrase: string, fields: Partial<Timex> & Pick<Timex, 'value'>) {
  const found: Timex[] = [];
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1))
    found.push({
      ...timexAt(text, phrase, fields),
      id: `t${i}`,
      span: { start: i, end: i + phrase.length, text: phrase },
    });
  return found;
}

describe('buildEvents', () => {
  it('gives no events for empty text or text without dates', () => {
    expect(build('', [])).toEqual([]);
    expect(build('Nothing is dated here. Nor here.', [])).toEqual([]);
  });

  it('reads a December piece that mentions January 3 as a plan for the next year', () => {
    const text = 'Talks were held on December 14. A new round is expected to open on January 3.';
    const events = build(text, [
      timexAt(text, 'December 14', { value: '2010-12-14', stated: { month: 12, day: 14 } }),
      timexAt(text, 'January 3', {
        value: '2011-01-03',
        stated: { month: 1, day: 3 },
        tense: 'future',
      }),
    ]);
    expect(events.map((e) => [e.date.start.value, e.status])).toEqual([
      ['2010-12-14', 'happened'],
      ['2011-01-03', 'planned'],
    ]);
  });

  it('copes with markup-looking text and keeps quotes verbatim', () => {
    const text =
      '<p onclick="x()">On <b>March 3</b> the vote was held.</p><script>alert(1)</script>';
    const events = build(text, [timexAt(text, 'March 3', { value: '2010-03-03' })]);
    expect(events).toHaveLength(1);
    for (const s of events[0]!.sources)
      expect(s.span.text).toBe(text.slice(s.span.start, s.span.end));
  });

  it('is deterministic and leaves its inputs alone', () => {
    const text = 'Troops left on May 2. A week later, talks resumed.';
    const timexes = [
      timexAt(text, 'May 2', { value: '2010-05-02' }),
      timexAt(text, 'A week', { type: 'DURATION', value: 'P1W' }),
    ];
    const copy = structuredClone(timexes);
    const first = build(text, timexes);
    expect(build(text, timexes)).toEqual(first);
    expect(timexes).toEqual(copy);
    expect(first.map((e) => e.date.start.value)).toEqual(['2010-05-02', '2010-05-09']);
  });

  it('handles 5 MB without punctuation in reasonable time', () => {
    const text = 'word '.repeat(1_000_000);
    const timexes = everyTimex(text.slice(0, 200_000), 'word word', { value: '2010-05-02' }).slice(
      0,
      50,
    );
    const started = Date.now();
    const events = build(text, timexes);
    expect(Date.now() - started).toBeLessThan(10_000);
    for (const e of events)
      for (const s of e.sources) expect(s.span.end - s.span.start).toBeLessThanOrEqual(600);
  });

  it('stays linear on text dense with dates', () => {
    const sentence = 'The march began at 10:00 on June 4 and ended at noon. ';
    const text = sentence.repeat(2000);
    const timexes = [
      ...everyTimex(text, 'June 4', { value: '2010-06-04', stated: { month: 6, day: 4 } }),
      ...everyTimex(text, '10:00', { type: 'TIME', value: 'T10:00' }),
    ].sort((a, b) => a.span.start - b.span.start);
    const started = Date.now();
    const events = build(text, timexes);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(events.length).toBeGreaterThan(0);
  });
});
