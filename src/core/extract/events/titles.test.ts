import { describe, expect, it } from 'vitest';
import type { Timex } from '../../model/index.ts';
import { dateFromTimex } from './dateFromTimex.ts';
import { durationFromEvent } from './durationFromEvent.ts';
import { findHappenings } from './findHappenings.ts';
import { findHeads } from './findHeads.ts';
import { offsetFromEvent } from './offsetFromEvent.ts';
import { decideStatuses } from './status.ts';
import { contextFor, timexAt } from './testSupport.ts';
import { headline, shortSubject, writeTitles } from './titles.ts';

function titles(text: string, publishedOn: string, timexes: Timex[]): string[] {
  const context = contextFor(text, publishedOn, timexes);
  let drafts = findHappenings.run([], context);
  for (const step of [
    findHeads,
    dateFromTimex,
    durationFromEvent,
    offsetFromEvent,
    decideStatuses,
    writeTitles,
  ])
    drafts = step.run(drafts, context);
  return drafts.map((d) => d.title ?? '');
}

describe('titles', () => {
  it('writes subject and verb phrase without auxiliaries', () => {
    const text = 'Four journalists were detained on Monday near the border.';
    expect(titles(text, '2021-03-10', [timexAt(text, 'Monday', { value: '2021-03-08' })])).toEqual([
      'Four journalists detained',
    ]);
  });

  it('keeps the date of a planned happening in its headline', () => {
    const text = 'A national strike has been called for April 6, unions said.';
    expect(
      titles(text, '2021-03-10', [
        timexAt(text, 'April 6', {
          value: '2021-04-06',
          stated: { month: 4, day: 6 },
          tense: 'future',
        }),
      ]),
    ).toEqual(['National strike called for April 6']);
  });

  it('names a dated happening by its noun phrase with its place', () => {
    const text = 'Tension has grown since November’s deadly floods in Valencia and elsewhere.';
    expect(
      titles(text, '2021-03-10', [
        timexAt(text, 'November', { value: '2020-11', stated: { month: 11 } }),
      ]),
    ).toEqual(['November’s deadly floods in Valencia']);
  });

  it('turns a possessive event noun into a headline about the subject', () => {
    const text = 'Two ministers quit less than a month after their appointment to the cabinet.';
    expect(
      titles(text, '2021-03-10', [
        timexAt(text, 'less than a month', { type: 'DURATION', value: 'P1M', mod: 'LESS_THAN' }),
      ]),
    ).toEqual(['Two ministers appointed to the cabinet']);
  });

  it('shortens a long subject to its names and keeps a length', () => {
    const text =
      'Party chairman Ivan Petrov and his deputy Olga Smirnova were jailed for 10 days after the May 1 march.';
    const found = titles(text, '2021-05-04', [
      timexAt(text, '10 days', { type: 'DURATION', value: 'P10D' }),
      timexAt(text, 'May 1', { value: '2021-05-01', stated: { month: 5, day: 1 } }),
    ]);
    expect(found).toEqual(['May 1 march', 'Ivan Petrov and Olga Smirnova jailed for 10 days']);
  });
});

describe('headline', () => {
  it('never cuts mid-word and drops dangling small words and punctuation', () => {
    const long =
      'the committee agreed on a sweeping package of reforms and of new rules for the banks, it said.';
    const result = headline(long);
    expect(result.length).toBeLessThanOrEqual(60);
    expect(long.toLowerCase()).toContain(result.toLowerCase());
    expect(result).toMatch(/^[A-Z]/);
    expect(result).not.toMatch(/\b(and|of|the|for)$/);
  });
});

describe('shortSubject', () => {
  it('keeps short subjects whole', () => {
    expect(shortSubject('Local police', { start: 0, end: 12 })).toBe('Local police');
  });
});

describe('titles of relative clauses', () => {
  it('heads a relative clause on an event noun with that noun', () => {
    const text = 'The union said the strike, which began on May 2, would go on.';
    expect(titles(text, '2021-05-10', [timexAt(text, 'May 2', { value: '2021-05-02' })])).toEqual([
      'Strike began',
    ]);
  });
});

describe('titles of reported speech and datelines', () => {
  it('heads a quotation by its reporting clause and drops a dateline', () => {
    const text = 'PARIS — “We will do it,” the minister told reporters on Monday.';
    expect(titles(text, '2021-03-10', [timexAt(text, 'Monday', { value: '2021-03-08' })])).toEqual([
      'Minister told reporters',
    ]);
  });
});
