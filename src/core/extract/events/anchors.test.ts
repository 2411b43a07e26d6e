import { describe, expect, it } from 'vitest';
import type { Timex } from '../../model/index.ts';
import { anchorRole } from './anchors.ts';

function timexIn(text: string, phrase: string, fields: Partial<Timex>): Timex {
  const start = text.indexOf(phrase);
  return {
    id: 't1',
    span: { start, end: start + phrase.length, text: phrase },
    type: 'DATE',
    value: '',
    stated: {},
    anchor: { kind: 'document', value: '2019-06-10' },
    tense: 'past',
    rule: 'test',
    ...fields,
  };
}

const role = (text: string, phrase: string, fields: Partial<Timex>) =>
  anchorRole(timexIn(text, phrase, fields), text, { start: 0, end: text.length }, '2019-06-10');

describe('anchorRole', () => {
  it('reads a calendar date as dating its clause', () => {
    expect(role('The vote was held on May 3.', 'May 3', { value: '2019-05-03' })).toBe('date');
  });

  it('reads a duration before "after" or "later" as an offset', () => {
    const text = 'The strike ended three days after the talks.';
    expect(role(text, 'three days', { type: 'DURATION', value: 'P3D' })).toBe('offset');
    const later = 'A week later the army withdrew.';
    expect(role(later, 'A week', { type: 'DURATION', value: 'P1W' })).toBe('offset');
  });

  it('reads a duration after "for" as a length even before "after"', () => {
    const text = 'He was held for three days after the march.';
    expect(role(text, 'three days', { type: 'DURATION', value: 'P3D' })).toBeUndefined();
  });

  it('reads hours before an event noun as the length of that happening', () => {
    const text = 'The three-hour meeting ended without a deal.';
    expect(role(text, 'three-hour', { type: 'DURATION', value: 'PT3H' })).toBe('length');
  });

  it('leaves a plain duration and sets without a role', () => {
    const text = 'He was jailed for ten days. The paper comes out weekly.';
    expect(role(text, 'ten days', { type: 'DURATION', value: 'P10D' })).toBeUndefined();
    expect(role(text, 'weekly', { type: 'SET', value: 'P1W' })).toBeUndefined();
  });

  it('gives vague references no role but clock times the clock role', () => {
    expect(role('Prices rose recently.', 'recently', { value: 'PAST_REF' })).toBeUndefined();
    expect(role('It began at 9 a.m.', '9 a.m.', { type: 'TIME', value: 'T09:00' })).toBe('clock');
    expect(role('It began at 9 a.m.', '9 a.m.', { type: 'TIME', value: '2019-06-08T09:00' })).toBe(
      'clock',
    );
  });

  it('treats the current year as a frame when it counts happenings', () => {
    const text = 'It was the fourth strike this year.';
    expect(role(text, 'this year', { value: '2019' })).toBeUndefined();
    expect(role('Elections are due this year.', 'this year', { value: '2019' })).toBe('date');
  });
});

describe('anchorRole frames', () => {
  it('reads "the first time since 2018" as a run, "since March 4" as a start, "since November’s floods" as a happening', () => {
    const text = 'Rates rose for the first time since 2018.';
    expect(role(text, '2018', { value: '2018' })).toBe('run');
    const highest = 'Inflation is at its highest since 1981.';
    expect(role(highest, '1981', { value: '1981' })).toBe('run');
    const occupied = 'Protesters have occupied the square since March 4.';
    expect(role(occupied, 'March 4', { value: '2019-03-04' })).toBe('since');
    const floods = 'Prices rose since November’s floods.';
    expect(role(floods, 'November', { value: '2018-11' })).toBe('date');
  });

  it('reads a length after "within" in a plan as a deadline, and not in a past clause', () => {
    const fine = 'The company must pay the fine within ten days.';
    const planned = { type: 'DURATION' as const, value: 'P10D', tense: 'future' as const };
    expect(role(fine, 'ten days', planned)).toBe('deadline');
    const retaken = 'Within ten days the army had retaken the town.';
    expect(role(retaken, 'ten days', { ...planned, tense: 'past' })).toBeUndefined();
  });

  it('ignores the piece speaking of itself', () => {
    const text = 'This article was amended on 3 June 2019.';
    expect(role(text, '3 June 2019', { value: '2019-06-03' })).toBeUndefined();
  });
});
