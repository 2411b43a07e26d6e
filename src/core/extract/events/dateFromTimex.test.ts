import { describe, expect, it } from 'vitest';
import { dateFromTimex } from './dateFromTimex.ts';
import { extractArticle } from '../index.ts';
import { findHappenings } from './findHappenings.ts';
import { contextFor, timexAt } from './testSupport.ts';

describe('dateFromTimex', () => {
  it('dates a month alone as the month', () => {
    const text = 'Turnout fell in last month’s election.';
    const context = contextFor(text, '2016-04-09', [
      timexAt(text, 'last month’s', { value: '2016-03', rule: 'relative-month' }),
    ]);
    const [draft] = dateFromTimex.run(findHappenings.run([], context), context);
    expect(draft?.start).toEqual({ value: '2016-03', precision: 'month', approximate: false });
    expect(draft?.reference).toEqual({ kind: 'document-date' });
    expect(draft?.reasons[0]).toBe('“last month’s” in a piece dated 9 April 2016, past tense');
  });

  it('keeps the scheduling words in the phrase of a planned date', () => {
    const text = 'A general strike has been called for January 3.';
    const context = contextFor(text, '2016-12-14', [
      timexAt(text, 'January 3', { value: '2017-01-03' }),
    ]);
    const [draft] = dateFromTimex.run(findHappenings.run([], context), context);
    expect(text.slice(draft!.phrase!.start, draft!.phrase!.end)).toBe('called for January 3');
    expect(draft?.start?.value).toBe('2017-01-03');
    expect(draft?.reasons[0]).toContain('future tense');
  });

  it('says a full date needs no reference', () => {
    const text = 'The dam burst on 12 March 2011.';
    const context = contextFor(text, '2016-12-14', [
      timexAt(text, '12 March 2011', { value: '2011-03-12', anchor: { kind: 'none' } }),
    ]);
    const [draft] = dateFromTimex.run(findHappenings.run([], context), context);
    expect(draft?.rule).toBe('stated-date');
    expect(draft?.reasons[0]).toBe('“12 March 2011” gives the date in full');
  });

  it('leaves offsets and vague dates undated', () => {
    const text = 'They met two days after the vote.';
    const context = contextFor(text, '2016-12-14', [
      timexAt(text, 'two days', { type: 'DURATION', value: 'P2D' }),
    ]);
    const [draft] = dateFromTimex.run(findHappenings.run([], context), context);
    expect(draft?.start).toBeUndefined();
  });

  it('names the earlier expression a date was read against, and how far back it is', () => {
    const text =
      'The mill opened in 1851. Its owners were brothers. Workers came from the valleys. ' +
      'On May 3, the first looms ran. A week later the river flooded.';
    const { events } = extractArticle({
      id: 'mill',
      title: 'Mill',
      text,
      publishedOn: '2020-02-02',
      language: 'en',
    });
    const explanations = events.map((e) => e.date.derivation.explanation);
    expect(explanations).toContain(
      '“May 3”, read against “1851” three sentences before, past tense: 3 May 1851.',
    );
    expect(explanations).toContain(
      '“A week later”, read against “May 3” in the sentence before, past tense: 10 May 1851.',
    );
  });
});
