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

  it('leaves the verb "last" out of the span', () => {
    const words = values('The trial could last several weeks; the truce did not last two days.');
    expect(new Set(words.map(([w]) => w))).toEqual(new Set(['several weeks', 'two days']));
    expect(values('over the last two weeks')).toEqual([['the last two weeks', 'P2W']]);
  });

  it('does not read "as many months" or "how many years" as a duration', () => {
    expect(values('the second in as many months; how many years it took')).toEqual([]);
  });

  it('keeps the article out of "a decade-long war"', () => {
    expect(values('a decade-long war')).toEqual([['decade-long', 'P10Y']]);
  });

  it('reads counts with thousands separators and not the end of a range of years', () => {
    expect(values('The 1,000-day war ended in the 2022-23 year.')).toEqual([
      ['1,000-day', 'P1000D'],
    ]);
  });

  it('reads "the weeks before" as the bare plural and "over the years" with its article', () => {
    expect(
      values('in the weeks before the shooting; over the years; the first hours of the war'),
    ).toEqual(
      expect.arrayContaining([
        ['weeks', 'PXW'],
        ['the years', 'PXY'],
        ['the first hours', 'PTXH'],
      ]),
    );
  });

  it('reads "two and a half years" and leaves the age "two-and-a-half years old"', () => {
    expect(values('jailed for two and a half years; a two-and-a-half-hour meeting')).toEqual([
      ['two and a half years', 'P2Y6M'],
      ['two-and-a-half-hour', 'PT2H30M'],
    ]);
    expect(values('the two-and-a-half years old boy')).toEqual([]);
  });

  it('reads a bare plural before "before", "after", "earlier than" as a vague length', () => {
    expect(
      values('She called minutes before the train left; the vote came weeks earlier than planned.'),
    ).toEqual([
      ['minutes', 'PTXM'],
      ['weeks', 'PXW'],
    ]);
    expect(values('He fell ill days after the race; it ends years from now.')).toEqual([
      ['days', 'PXD'],
      ['years', 'PXY'],
    ]);
    expect(values('a man-hours before noon')).toEqual([]);
  });

  it('does not read ages', () => {
    expect(
      values('Infants ages 6 months and older, a man aged 55 years, boys 12 years and under.'),
    ).toEqual([]);
    expect(values('children ages 2 to 5 years')).toEqual([]);
  });

  it('reads both ends of "between 12 and 18 months"', () => {
    expect(values('The sale could take between 12 and 18 months.')).toEqual([
      ['18 months', 'P18M'],
      ['12', 'P12M'],
    ]);
    expect(values('It lasts between two to six days.')).toEqual([
      ['six days', 'P6D'],
      ['two', 'P2D'],
    ]);
  });

  it('reads hours, minutes and seconds of a race as a length, not a clock time at "at"', () => {
    expect(values('She won the race, finishing in 2:04:05, a time of 0:59:30.')).toEqual([
      ['2:04:05', 'PT2H4M5S'],
      ['0:59:30', 'PT59M30S'],
    ]);
    expect(values('The blast came at 10:32:15 local time.')).toEqual([]);
  });
});
