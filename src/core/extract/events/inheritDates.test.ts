import { describe, expect, it } from 'vitest';
import type { Timex } from '../../model/index.ts';
import type { Draft } from './draft.ts';
import { EVENT_STEPS } from './pipeline.ts';
import { contextFor, timexAt } from './testSupport.ts';

function run(text: string, publishedOn: string, timexes: Timex[]) {
  const context = contextFor(text, publishedOn, timexes);
  let drafts: Draft[] = [];
  for (const step of EVENT_STEPS) drafts = step.run(drafts, context);
  const inherited = drafts.filter((d) => d.inferredFrom !== undefined);
  return {
    drafts,
    inherited,
    quotes: inherited.map((d) => text.slice(d.quote.start, d.quote.end)),
  };
}

const story =
  'Farmers blocked the motorway during the 4 March protest near Lyon.\n' +
  'Dozens of tractors were impounded by police. The government says it will listen.\n' +
  'Three union leaders were detained before reaching the protest.\n' +
  '“We will come back,” one farmer said.\n' +
  'More arrests followed later.\n' +
  'Jean Dupont is a reporter based in Lyon. Sign up for our weekly newsletter.';
const storyTimexes = [
  timexAt(story, '4 March', { value: '2023-03-04', stated: { day: 4, month: 3 } }),
  timexAt(story, 'weekly', { type: 'SET', value: 'P1W' }),
];

describe('inheritDates', () => {
  it('dates undated happenings that carry on the story of a dated one', () => {
    const { inherited, quotes } = run(story, '2023-03-06', storyTimexes);
    expect(quotes).toEqual([
      'Dozens of tractors were impounded by police.',
      'Three union leaders were detained before reaching the protest.',
      'More arrests followed later.',
    ]);
    for (const d of inherited) {
      expect(d.start).toEqual({ value: '2023-03-04', precision: 'day', approximate: false });
      expect(d.rule).toBe('inherited');
    }
  });

  it('names the sentence the date was inferred from', () => {
    const { inherited, drafts } = run(story, '2023-03-06', storyTimexes);
    const protest = drafts.find((d) => d.inferredFrom === undefined)!;
    expect(inherited[0]?.inferredFrom).toEqual({ key: protest.key, sentence: 0 });
    expect(inherited[0]?.reasons[0]).toContain('sentence 1');
  });

  it('leaves commentary, quotations, bios and footers undated', () => {
    const { quotes } = run(story, '2023-03-06', storyTimexes);
    expect(quotes.join(' ')).not.toMatch(/says it will|come back|reporter|newsletter/);
  });

  it('does not carry a date across a long stretch of other paragraphs', () => {
    const far = 'The strike began on 2 May 2021.\nA.\nB.\nC.\nD.\nE.\nWorkers were then sent home.';
    const { inherited } = run(far, '2021-05-03', [
      timexAt(far, '2 May 2021', { value: '2021-05-02', anchor: { kind: 'none' } }),
    ]);
    expect(inherited).toEqual([]);
  });

  it('does not take a date from a month mentioned in passing', () => {
    const text = 'Tension has risen since the June floods. Two ministers were later sacked.';
    const { inherited } = run(text, '2021-08-03', [
      timexAt(text, 'June', { value: '2021-06', stated: { month: 6 } }),
    ]);
    expect(inherited).toEqual([]);
  });
});
