import { describe, expect, it } from 'vitest';
import type { Timex } from '../../model/index.ts';
import { clockLengths, clockTimesOnDay } from './clockTimes.ts';
import { dateFromTimex } from './dateFromTimex.ts';
import { findHappenings } from './findHappenings.ts';
import { findHeads } from './findHeads.ts';
import { contextFor, timexAt } from './testSupport.ts';

function run(text: string, publishedOn: string, timexes: Timex[]) {
  const context = contextFor(text, publishedOn, timexes);
  let drafts = findHappenings.run([], context);
  for (const step of [findHeads, dateFromTimex, clockTimesOnDay, clockLengths])
    drafts = step.run(drafts, context);
  return drafts;
}

describe('clockTimesOnDay', () => {
  it('puts a bare clock time on the day under discussion, not the publication date', () => {
    const text = 'Workers struck on October 9. The march began at 10 a.m. near the port.';
    const drafts = run(text, '2017-10-12', [
      timexAt(text, 'October 9', { value: '2017-10-09' }),
      timexAt(text, '10 a.m.', { type: 'TIME', value: '2017-10-12T10:00' }),
    ]);
    expect(drafts[1]?.start).toEqual({
      value: '2017-10-09T10:00',
      precision: 'minute',
      approximate: false,
    });
    expect(drafts[1]?.rule).toBe('clock-time-on-event-day');
    expect(drafts[1]?.reference).toEqual({ kind: 'draft', key: drafts[0]!.key });
  });

  it('falls back on the publication date when no day is under discussion', () => {
    const text = 'The vote closes at 8 p.m. tonight.';
    const drafts = run(text, '2017-10-12', [
      timexAt(text, '8 p.m.', { type: 'TIME', value: 'T20:00' }),
    ]);
    expect(drafts[0]?.start?.value).toBe('2017-10-12T20:00');
  });
});

describe('clockLengths', () => {
  it('ends a happening with a clock time by the length of the same kind of happening', () => {
    const text =
      'Nurses marched on 3 May 2016. The march started at 9:30 near the hospital. The three-hour march ended calmly.';
    const drafts = run(text, '2016-05-04', [
      timexAt(text, '3 May 2016', { value: '2016-05-03', anchor: { kind: 'none' } }),
      timexAt(text, '9:30', { type: 'TIME', value: 'T09:30' }),
      timexAt(text, 'three-hour', { type: 'DURATION', value: 'PT3H' }),
    ]);
    expect(drafts).toHaveLength(2);
    expect(drafts[1]?.start?.value).toBe('2016-05-03T09:30');
    expect(drafts[1]?.end?.value).toBe('2016-05-03T12:30');
    expect(drafts[1]?.extraSources).toHaveLength(1);
  });

  it('drops a length with nothing to measure', () => {
    const text = 'The two-hour meeting was calm.';
    expect(
      run(text, '2016-05-04', [timexAt(text, 'two-hour', { type: 'DURATION', value: 'PT2H' })]),
    ).toEqual([]);
  });

  it('ends a happening by a length in its own clause', () => {
    const text = 'The summit opened at 14:00 on 2 June 2015 and lasted 90 minutes.';
    const drafts = run(text, '2015-06-03', [
      timexAt(text, '14:00 on 2 June 2015', {
        type: 'TIME',
        value: '2015-06-02T14:00',
        stated: { day: 2, month: 6, year: 2015 },
      }),
      timexAt(text, '90 minutes', { type: 'DURATION', value: 'PT90M' }),
    ]);
    expect(drafts[0]?.end?.value).toBe('2015-06-02T15:30');
  });
});
