import { describe, expect, it } from 'vitest';
import { eventBy, readEvents } from './testing.ts';

describe('periodFromLength', () => {
  it('runs "a 90-day review" launched on Monday from that Monday for 90 days', () => {
    const text = 'The agency launched a 90-day review of its rules on Monday.';
    const e = eventBy('period-from-start', text, '2024-06-20');
    expect(e).toMatchObject({
      start: '2024-06-17',
      end: '2024-09-14',
      precision: 'day..day',
      status: 'ongoing',
    });
    expect(e.explanation).toContain('a period of 90 days from that start (“90-day review”)');
  });

  it('runs a six-month ceasefire from a month at month precision', () => {
    const e = eventBy(
      'period-from-start',
      'The two sides agreed a six-month truce in May 2021.',
      '2024-06-20',
    );
    expect(e).toMatchObject({
      start: '2021-05',
      end: '2021-10',
      precision: 'month..month',
      status: 'happened',
    });
  });

  it('ends a period on the day it was completed', () => {
    const text = 'The agency completed a 30-day review on June 14.';
    const e = eventBy('period-to-end', text, '2024-06-20');
    expect(e).toMatchObject({ start: '2024-05-16', end: '2024-06-14', status: 'happened' });
  });

  it('dates the saying, not the period, in a reporting clause', () => {
    const text = 'The agency said on Monday it would conduct a 90-day review.';
    const events = readEvents(text, '2024-06-20');
    expect(events.map((e) => [e.start, e.end])).toEqual([['2024-06-17', undefined]]);
  });

  it('reads an age as no period', () => {
    const events = readEvents('A 90-year-old man died on Monday.', '2024-06-20');
    expect(events.map((e) => [e.start, e.end])).toEqual([['2024-06-17', undefined]]);
  });

  it('reads a period that is not the object the date starts as no period', () => {
    for (const text of [
      'On March 31, after a three-day battle, the city fell.',
      'On April 9 the capital fell, ending the general’s 24-year rule.',
    ]) {
      const events = readEvents(text, '2024-06-20');
      expect(events.some((e) => e.rule.startsWith('period-'))).toBe(false);
    }
  });
});
