import { describe, expect, it } from 'vitest';
import type { DatePoint, Tense } from '../../model/index.ts';
import type { Draft } from './draft.ts';
import { createStatusReader, decideStatus } from './status.ts';
import { contextFor } from './testSupport.ts';

const context = contextFor('Some text.', '2020-06-15', []);
const day = (value: string, precision: DatePoint['precision'] = 'day'): DatePoint => ({
  value,
  precision,
  approximate: false,
});
function draft(start: DatePoint, tense: Tense, end?: DatePoint): Draft {
  return {
    key: 0,
    sentence: context.sentences[0]!,
    quote: { start: 0, end: 10 },
    extraSources: [],
    timexes: [],
    reasons: [],
    tense,
    start,
    end,
  };
}

describe('decideStatus', () => {
  it('calls a date after publication planned', () => {
    expect(decideStatus(draft(day('2020-07-01'), 'past'), context)).toBe('planned');
  });

  it('calls a future verb planned', () => {
    expect(decideStatus(draft(day('2020-06', 'month'), 'future'), context)).toBe('planned');
  });

  it('calls a span through the publication date ongoing', () => {
    expect(decideStatus(draft(day('2020-06-10'), 'past', day('2020-06-20')), context)).toBe(
      'ongoing',
    );
  });

  it('calls a present verb on the current month ongoing', () => {
    expect(decideStatus(draft(day('2020-06', 'month'), 'present'), context)).toBe('ongoing');
  });

  it('calls past dates happened, whatever the verb', () => {
    expect(decideStatus(draft(day('2019-12', 'month'), 'present'), context)).toBe('happened');
    expect(decideStatus(draft(day('2020-06-13'), 'past'), context)).toBe('happened');
  });
});

describe('createStatusReader', () => {
  it('gives the status a draft has, else the one decideStatus gives it', () => {
    const statusOf = createStatusReader('2020-06-15');
    const later = draft(day('2020-07-01'), 'past');
    expect(statusOf(later)).toBe(decideStatus(later, context));
    expect(statusOf(later)).toBe('planned');
    expect(statusOf({ ...later, status: 'happened' })).toBe('happened');
  });
});
