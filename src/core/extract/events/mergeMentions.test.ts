import { describe, expect, it } from 'vitest';
import type { Timex } from '../../model/index.ts';
import { clockLengths, clockTimesOnDay } from './clockTimes.ts';
import { dateFromTimex } from './dateFromTimex.ts';
import { durationFromEvent } from './durationFromEvent.ts';
import { findHappenings } from './findHappenings.ts';
import { findHeads } from './findHeads.ts';
import { mergeMentions } from './mergeMentions.ts';
import { decideStatuses } from './status.ts';
import { contextFor, timexAt } from './testSupport.ts';
import { writeTitles } from './titles.ts';

function run(text: string, publishedOn: string, timexes: Timex[]) {
  const context = contextFor(text, publishedOn, timexes);
  let drafts = findHappenings.run([], context);
  for (const step of [
    findHeads,
    dateFromTimex,
    clockTimesOnDay,
    clockLengths,
    durationFromEvent,
    decideStatuses,
    writeTitles,
    mergeMentions,
  ])
    drafts = step.run(drafts, context);
  return drafts;
}

describe('mergeMentions', () => {
  const text =
    'Students were expelled for a week after the 9 October march. ' +
    'Riot police watched as the demonstration started at 11:00. ' +
    'The three-hour protest ended at the ministry.';
  const timexes = [
    timexAt(text, 'a week', { type: 'DURATION', value: 'P1W' }),
    timexAt(text, '9 October', { value: '2022-10-09', stated: { day: 9, month: 10 } }),
    timexAt(text, '11:00', { type: 'TIME', value: 'T11:00' }),
    timexAt(text, 'three-hour', { type: 'DURATION', value: 'PT3H' }),
  ];

  it('makes one happening of a dated noun, a clock time and a length of the same kind', () => {
    const drafts = run(text, '2022-10-12', timexes);
    const march = drafts.find((d) => d.head?.kind === 'noun')!;
    expect(march.start?.value).toBe('2022-10-09T11:00');
    expect(march.end?.value).toBe('2022-10-09T14:00');
    expect(march.title).toBe('9 October march');
    expect(march.extraSources.map((s) => s.sentence)).toEqual([1, 2]);
  });

  it('lets a happening dated from a merged mention refer to the merged one', () => {
    const drafts = run(text, '2022-10-12', timexes);
    const march = drafts.find((d) => d.head?.kind === 'noun')!;
    const expulsion = drafts.find((d) => d.rule === 'duration-from-event')!;
    expect(expulsion.reference).toEqual({ kind: 'draft', key: march.key });
    expect(drafts).toHaveLength(2);
  });

  it('does not merge a month with a day of the same kind', () => {
    const other = 'The May 3 strike was short. May’s strikes were long.';
    const drafts = run(other, '2022-10-12', [
      timexAt(other, 'May 3', { value: '2022-05-03' }),
      timexAt(other, 'May', { value: '2022-05' }, 1),
    ]);
    expect(drafts).toHaveLength(2);
  });

  it('merges two mentions of one month', () => {
    const other = 'Last month’s vote was rigged. Observers said the vote in March was unfair.';
    const drafts = run(other, '2022-04-12', [
      timexAt(other, 'Last month’s', { value: '2022-03' }),
      timexAt(other, 'March', { value: '2022-03', stated: { month: 3 } }),
    ]);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.extraSources).toHaveLength(1);
  });
});

describe('mergeMentions across nouns and verbs', () => {
  it('merges "teachers marched on Thursday" with "the march reached the palace at 3 p.m."', () => {
    const text =
      'Teachers marched on Thursday. The strike began on 2 May 2014. The march reached the palace at 3 p.m.';
    const drafts = run(text, '2014-05-10', [
      timexAt(text, 'Thursday', { value: '2014-05-08', stated: { weekday: 4 } }),
      timexAt(text, '2 May 2014', { value: '2014-05-02', anchor: { kind: 'none' } }),
      timexAt(text, '3 p.m.', { type: 'TIME', value: 'T15:00' }),
    ]);
    const march = drafts.find((d) => d.start?.precision === 'minute');
    expect(march?.start?.value).toBe('2014-05-08T15:00');
    expect(march?.title).toBe('Teachers marched');
    expect(drafts).toHaveLength(2);
  });
});
