import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../core/model/index.ts';
import { testEvent } from '../../app/state/testEvents.ts';
import { clockTimes, itemClasses } from './timelineItems.ts';

function withEnd(event: TimelineEvent, approximate: boolean): TimelineEvent {
  return {
    ...event,
    date: { ...event.date, end: { value: '2012-03-11', precision: 'day', approximate } },
  };
}

describe('itemClasses', () => {
  it('draws a plain day without extra styles', () => {
    expect(itemClasses(testEvent('a', '2012-02-25'))).toBe('tl-item');
  });

  it('hatches a month-only date', () => {
    expect(itemClasses(testEvent('a', '2011-12'))).toContain('tl-imprecise');
  });

  it('fades an approximate end', () => {
    const classes = itemClasses(withEnd(testEvent('a', '2012-02-25'), true));
    expect(classes).toContain('tl-approx-end');
    expect(classes).not.toContain('tl-imprecise');
  });

  it('marks planned and inferred events', () => {
    const event = testEvent('a', '2012-03-24');
    const planned: TimelineEvent = {
      ...event,
      status: 'planned',
      date: { ...event.date, derivation: { ...event.date.derivation, inferred: true } },
    };
    expect(itemClasses(planned).split(' ')).toEqual(
      expect.arrayContaining(['tl-planned', 'tl-inferred']),
    );
  });
});

describe('clockTimes', () => {
  it('gives the clock span of a timed event, and nothing for a day', () => {
    const rally = testEvent('a', '2012-02-25T12:00', {
      end: '2012-02-25T14:00',
      precision: 'minute',
    });
    expect(clockTimes(rally)).toBe('12:00–14:00');
    expect(clockTimes(testEvent('b', '2012-02-25'))).toBeNull();
  });
});
