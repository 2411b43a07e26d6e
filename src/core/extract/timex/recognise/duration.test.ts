import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { duration } from './duration.ts';

const values = (text: string): string[][] =>
  found(duration, text).map((h) => [h.words, h.meaning.kind === 'literal' ? h.meaning.value : '']);

describe('duration', () => {
  it('reads counted durations', () => {
    expect(values('He served 12 years, then three weeks and 48 hours.')).toEqual([
      ['12 years', 'P12Y'],
      ['three weeks', 'P3W'],
      ['48 hours', 'PT48H'],
    ]);
  });

  it('keeps "the past" in the span but not the article of an adjective', () => {
    expect(values('over the past two months, a four-day strike')).toEqual([
      ['the past two months', 'P2M'],
      ['four-day', 'P4D'],
    ]);
  });

  it('reads vague and half durations', () => {
    // "an hour" inside "half an hour" is found too; the overlap step keeps the longer.
    expect(values('in the past few weeks, for years, half an hour')).toEqual(
      expect.arrayContaining([
        ['the past few weeks', 'PXW'],
        ['years', 'PXY'],
        ['half an hour', 'PT30M'],
      ]),
    );
  });

  it('does not read ages, fractions or ordinals', () => {
    expect(values('a 6-year-old boy, 52 years old, three-quarters of it, a second time')).toEqual(
      [],
    );
  });

  it('reads "recent weeks" and "the coming years" as vague durations', () => {
    const hits = found(duration, 'Sales slowed in recent weeks and will grow in the coming years.');
    expect(hits.map((h) => [h.words, h.type, h.meaning])).toEqual([
      ['recent weeks', 'DURATION', { kind: 'literal', value: 'PXW' }],
      ['the coming years', 'DURATION', { kind: 'literal', value: 'PXY' }],
    ]);
  });

  it('leaves a quoted programme title such as "48 Hours"', () => {
    expect(found(duration, 'He spoke on "48 Hours" about it.')).toEqual([]);
  });
});
