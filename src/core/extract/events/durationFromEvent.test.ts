import { describe, expect, it } from 'vitest';
import type { Timex } from '../../model/index.ts';
import { dateFromTimex } from './dateFromTimex.ts';
import { durationFromEvent } from './durationFromEvent.ts';
import { findHappenings } from './findHappenings.ts';
import { findHeads } from './findHeads.ts';
import { contextFor, timexAt } from './testSupport.ts';

function run(text: string, timexes: Timex[]) {
  const context = contextFor(text, '2013-07-30', timexes);
  let drafts = findHappenings.run([], context);
  for (const step of [findHeads, dateFromTimex, durationFromEvent])
    drafts = step.run(drafts, context);
  return drafts;
}

describe('durationFromEvent', () => {
  it('spans a sentence from the day of the happening it follows', () => {
    const text = 'Two editors were detained for three weeks after the July 2 march.';
    const drafts = run(text, [
      timexAt(text, 'three weeks', { type: 'DURATION', value: 'P3W' }),
      timexAt(text, 'July 2', { value: '2013-07-02' }),
    ]);
    expect(drafts).toHaveLength(2);
    const [march, detention] = drafts;
    expect(march?.head).toMatchObject({ kind: 'noun' });
    expect(march?.end).toBeUndefined();
    expect(detention?.start).toEqual({ value: '2013-07-02', precision: 'day', approximate: false });
    expect(detention?.end).toEqual({ value: '2013-07-23', precision: 'day', approximate: true });
    expect(detention?.rule).toBe('duration-from-event');
    expect(detention?.reference).toEqual({ kind: 'draft', key: march?.key });
    expect(text.slice(detention!.phrase!.start, detention!.phrase!.end)).toBe(
      'for three weeks after the July 2 march',
    );
  });

  it('spans a happening from its own date', () => {
    const text = 'The mayor was suspended on June 3 for 10 days.';
    const drafts = run(text, [
      timexAt(text, 'June 3', { value: '2013-06-03' }),
      timexAt(text, '10 days', { type: 'DURATION', value: 'P10D' }),
    ]);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.end?.value).toBe('2013-06-13');
    expect(drafts[0]?.rule).toBe('duration-from-date');
  });

  it('leaves a date without a "for" length alone', () => {
    const text = 'The court sat on June 3, ten days before the vote.';
    const drafts = run(text, [timexAt(text, 'June 3', { value: '2013-06-03' })]);
    expect(drafts[0]?.end).toBeUndefined();
  });
});
