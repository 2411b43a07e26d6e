import { describe, expect, it } from 'vitest';
import type { Timex } from '../../model/index.ts';
import { dateFromTimex } from './dateFromTimex.ts';
import { findHappenings } from './findHappenings.ts';
import { findHeads } from './findHeads.ts';
import { offsetFromEvent } from './offsetFromEvent.ts';
import { contextFor, timexAt } from './testSupport.ts';

function run(text: string, publishedOn: string, timexes: Timex[]) {
  const context = contextFor(text, publishedOn, timexes);
  let drafts = findHappenings.run([], context);
  for (const step of [findHeads, dateFromTimex, offsetFromEvent])
    drafts = step.run(drafts, context);
  return { drafts, quote: (i: number) => text.slice(drafts[i]!.quote.start, drafts[i]!.quote.end) };
}

describe('offsetFromEvent', () => {
  it('puts an undated happening within the weeks before the story’s main event', () => {
    const text =
      'The general resigned less than three weeks after his return from exile. He quit on 14 May 2014.';
    const { drafts } = run(text, '2014-05-16', [
      timexAt(text, 'less than three weeks', { type: 'DURATION', value: 'P3W', mod: 'LESS_THAN' }),
      timexAt(text, '14 May 2014', { value: '2014-05-14', anchor: { kind: 'none' } }),
    ]);
    const returnDraft = drafts[0]!;
    expect(returnDraft.start).toEqual({ value: '2014-04-23', precision: 'day', approximate: true });
    expect(returnDraft.end).toEqual({ value: '2014-05-14', precision: 'day', approximate: false });
    expect(returnDraft.rule).toBe('offset-from-event');
    expect(returnDraft.reference).toEqual({ kind: 'draft', key: drafts[1]!.key });
    expect(text.slice(returnDraft.head!.word.start, returnDraft.head!.word.end)).toBe('return');
  });

  it('falls back on the publication date when the story dates no recent day', () => {
    const text = 'Troops left two days after the ceasefire.';
    const { drafts } = run(text, '2014-05-16', [
      timexAt(text, 'two days', { type: 'DURATION', value: 'P2D' }),
    ]);
    expect(drafts[0]?.start).toEqual({ value: '2014-05-14', precision: 'day', approximate: false });
    expect(drafts[0]?.end).toBeUndefined();
    expect(drafts[0]?.reference).toEqual({ kind: 'document-date' });
  });

  it('reads "a week later" from the day under discussion', () => {
    const text = 'Rebels took the town on 3 March 2014. A week later the army returned.';
    const { drafts } = run(text, '2014-05-16', [
      timexAt(text, '3 March 2014', { value: '2014-03-03', anchor: { kind: 'none' } }),
      timexAt(text, 'A week', { type: 'DURATION', value: 'P1W' }),
    ]);
    expect(drafts[1]?.start?.value).toBe('2014-03-10');
    expect(drafts[1]?.reference).toEqual({ kind: 'draft', key: drafts[0]!.key });
  });

  it('dates a clause some days before a dated happening', () => {
    const text = 'Talks collapsed two days before the December 12 vote.';
    const { drafts, quote } = run(text, '2014-12-20', [
      timexAt(text, 'two days', { type: 'DURATION', value: 'P2D' }),
      timexAt(text, 'December 12', { value: '2014-12-12' }),
    ]);
    expect(quote(0)).toBe('Talks collapsed two days before');
    expect(drafts[0]?.start?.value).toBe('2014-12-10');
  });
});

describe('offsetFromEvent with a dated happening named', () => {
  it('dates the clause from an earlier dated happening of the same kind', () => {
    const text =
      'The strike began on 2 May 2014. Talks collapsed two days before the strike, unions said.';
    const { drafts } = run(text, '2014-05-16', [
      timexAt(text, '2 May 2014', { value: '2014-05-02', anchor: { kind: 'none' } }),
      timexAt(text, 'two days', { type: 'DURATION', value: 'P2D' }),
    ]);
    expect(drafts[1]?.start?.value).toBe('2014-04-30');
    expect(drafts[1]?.head).toMatchObject({ kind: 'verb', lemma: 'collapsed' });
    expect(drafts[1]?.reference).toEqual({ kind: 'draft', key: drafts[0]!.key });
  });
});
