import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointEnd, pointStart } from '../calendar/interval.ts';
import { TimelineEventSchema, type Article } from '../model/index.ts';
import { extractArticle } from './index.ts';

/*
 * Issue 11: the engine never throws and never writes an invalid result, whatever the
 * article and publication date. Mutated news text (sentences of the seed article cut,
 * repeated and spliced with date-like and hostile fragments) with publication dates from
 * year 1000 to 9999, under a fixed seed so a failure is reproducible.
 */

const SEED_TEXT = readFileSync(new URL('../../app/seed/article.txt', import.meta.url), 'utf8');
const SENTENCES = SEED_TEXT.split(/(?<=[.!?”])\s+/);

/** Fragments that have broken date engines: far offsets, odd clocks, numbers, marks. */
const FRAGMENTS = [
  '1,000,000,000 days earlier',
  '3,000,000 days later',
  '99999 years ago',
  'at midnight',
  'midnight on March 3',
  'at 24:00',
  'at 12:00 a.m.',
  'on Feb. 29',
  'on February 30',
  'in 0079',
  'in the year 10000',
  'the 1990s',
  'the 21st century',
  'last week',
  'next quarter',
  'two days before the vote on March 24',
  'every Monday',
  'between 12 and 18 months',
  'Dec. 31, 9999',
  'Jan. 1, 1000',
  'Q4',
  'the weekend',
  '...',
  '. . .',
  '\u0000',
  '\u0007',
  '\ufeff',
  '“',
  '—',
  '\n\n',
  '😀',
  '1,2,3,4,5',
  'x'.repeat(40),
];

const isoDay = fc
  .date({
    min: new Date('1000-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const mutatedText = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...SENTENCES) },
      { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...SENTENCES), fc.nat(), fc.constantFrom(...FRAGMENTS))
          .map(([s, at, f]) => {
            const i = at % (s.length + 1);
            return s.slice(0, i) + f + s.slice(i);
          }),
      },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .chain((parts) =>
    fc
      .array(fc.constantFrom(' ', '\n', ' ', ', '), {
        minLength: parts.length,
        maxLength: parts.length,
      })
      .map((gaps) => parts.map((p, i) => p + gaps[i]!).join('')),
  );

const INVALID = /NaN|Invalid Date|undefined|T24/;

function checkExtraction(text: string, publishedOn: string): void {
  const article: Article = { id: 'fuzz', title: 'Fuzz', text, publishedOn, language: 'en' };
  const { timexes, events } = extractArticle(article);
  for (const t of timexes) {
    expect(text.slice(t.span.start, t.span.end)).toBe(t.span.text);
    expect(t.value).not.toMatch(INVALID);
    expect(t.span.end).toBeGreaterThan(t.span.start);
  }
  for (const e of events) {
    expect(TimelineEventSchema.safeParse(e).success).toBe(true);
    expect(JSON.stringify(e)).not.toMatch(INVALID);
    for (const s of e.sources) expect(text.slice(s.span.start, s.span.end)).toBe(s.span.text);
    const span = e.date.derivation.span;
    if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    const start = pointStart(e.date.start);
    expect(Number.isNaN(start.getTime())).toBe(false);
    if (e.date.end) expect(pointEnd(e.date.end).getTime()).toBeGreaterThanOrEqual(start.getTime());
  }
}

describe('extractArticle under fuzzing (issue 11)', () => {
  it('never throws and writes only valid results on mutated articles, years 1000–9999', () => {
    fc.assert(
      fc.property(mutatedText, isoDay, (text, publishedOn) => {
        checkExtraction(text, publishedOn);
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  }, 120_000);
});
