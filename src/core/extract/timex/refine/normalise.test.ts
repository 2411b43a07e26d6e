import { describe, expect, it } from 'vitest';
import { contextFor } from '../testing.ts';
import type { Candidate, Meaning } from '../types.ts';
import { normalise } from './normalise.ts';

/** Candidates for the given words of `text`, in order, then their values. */
function values(
  text: string,
  documentDate: string,
  parts: Array<[string, Meaning, string?]>,
): string[] {
  let from = 0;
  const candidates: Candidate[] = parts.map(([words, meaning, rule]) => {
    const start = text.indexOf(words, from);
    from = start + words.length;
    return { start, end: from, type: 'DATE', meaning, rule: rule ?? 'test' };
  });
  return normalise(candidates, contextFor(text, documentDate)).map((t) => t.value);
}

describe('normalise', () => {
  it('puts a clock time on the day mentioned before it', () => {
    expect(
      values('The march on June 2 set off at 10 a.m. sharp.', '2019-06-05', [
        ['June 2', { kind: 'calendar', month: 6, day: 2 }],
        ['10 a.m.', { kind: 'calendar', hour: 10, minute: 0 }],
      ]),
    ).toEqual(['2019-06-02', '2019-06-02T10:00']);
  });

  it('compares "the year-ago quarter" with the quarter named before', () => {
    const yearAgo: Meaning = {
      kind: 'relative',
      unit: 'year',
      offset: -1,
      from: 'previous',
      keepPrecision: true,
    };
    expect(
      values('Sales in the second quarter beat the year-ago quarter.', '2007-08-01', [
        ['the second quarter', { kind: 'calendar', quarter: 2 }],
        ['the year-ago quarter', yearAgo, 'comparison-period'],
      ]),
    ).toEqual(['2007-Q2', '2006-Q2']);
  });

  it('gives a holiday the year its tense points to', () => {
    const christmas: Meaning = { kind: 'calendar', holiday: () => ({ month: 12, day: 25 }) };
    expect(
      values('Stores were busy at Christmas.', '2011-01-10', [['Christmas', christmas]]),
    ).toEqual(['2010-12-25']);
  });

  it('writes a weekend as its ISO week', () => {
    expect(
      values('Fans gathered over the weekend.', '2012-02-27', [
        ['the weekend', { kind: 'calendar', weekday: 6, weekend: true }],
      ]),
    ).toEqual(['2012-W08-WE']);
  });

  it('keeps only the year when "that day" follows a bare year', () => {
    expect(
      values('Shares fell in 1987. Traders lost money that day.', '1989-10-30', [
        ['1987', { kind: 'calendar', year: 1987 }],
        ['that day', { kind: 'relative', unit: 'day', offset: 0, from: 'previous' }],
      ]),
    ).toEqual(['1987', '1987']);
  });

  it('counts "two days later" from the date before it', () => {
    expect(
      values('He was arrested on May 3. Two days later he was freed.', '2019-06-05', [
        ['May 3', { kind: 'calendar', month: 5, day: 3 }],
        ['Two days later', { kind: 'relative', unit: 'day', offset: 2, from: 'previous' }],
      ]),
    ).toEqual(['2019-05-03', '2019-05-05']);
  });

  it('reads a date after "until" or "effective" as the nearest one, whatever the tense', () => {
    expect(
      values(
        'The court gave the firm until Tuesday; the rule was made effective December 1.',
        '2016-11-14',
        [
          ['Tuesday', { kind: 'calendar', weekday: 2 }],
          ['December 1', { kind: 'calendar', month: 12, day: 1 }],
        ],
      ),
    ).toEqual(['2016-11-15', '2016-12-01']);
  });

  it("reads a hedged limit as the nearest date, not last year's, after a past verb", () => {
    // In an April piece, a border closed on Monday "until at least mid-May" stays
    // closed into the coming May; a plain past "in May" is last year's.
    expect(
      values('The state closed the border on Monday until at least mid-May.', '2024-04-10', [
        ['Monday', { kind: 'calendar', weekday: 1 }],
        ['mid-May', { kind: 'calendar', month: 5 }],
      ]),
    ).toEqual(['2024-04-08', '2024-05']);
    expect(
      values('The schools stayed shut until at the earliest June.', '2024-04-10', [
        ['June', { kind: 'calendar', month: 6 }],
      ]),
    ).toEqual(['2024-06']);
    expect(
      values('The state closed the border in May.', '2024-04-10', [
        ['May', { kind: 'calendar', month: 5 }],
      ]),
    ).toEqual(['2023-05']);
  });
});
