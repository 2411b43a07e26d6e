import { describe, expect, it } from 'vitest';
import {
  COUNT_RE,
  clockCueBefore,
  countOf,
  durationValue,
  monthOf,
  weekdayOf,
  occurrenceOf,
} from './time.ts';

describe('countOf', () => {
  it('reads digits, words and compounds', () => {
    expect(countOf('12')).toBe(12);
    expect(countOf('twenty-four')).toBe(24);
    expect(countOf('a couple of')).toBe(2);
    expect(countOf('an')).toBe(1);
    expect(countOf('2 1/2')).toBe(2.5);
  });

  it('gives no number for vague counts', () => {
    expect(countOf('several')).toBeUndefined();
    expect(countOf('a few')).toBeUndefined();
  });
});

describe('durationValue', () => {
  it('writes ISO 8601 durations', () => {
    expect(durationValue(3, 'weeks')).toBe('P3W');
    expect(durationValue(36, 'hours')).toBe('PT36H');
    expect(durationValue(2, 'fortnights')).toBe('P4W');
    expect(durationValue(4, 'decades')).toBe('P40Y');
    expect(durationValue(undefined, 'months')).toBe('PXM');
  });

  it('writes halves in the next smaller unit', () => {
    expect(durationValue(2.5, 'years')).toBe('P2Y6M');
    expect(durationValue(1.5, 'hours')).toBe('PT1H30M');
    expect(durationValue(1.5, 'days')).toBe('P1DT12H');
  });
});

describe('month and weekday words', () => {
  it('reads abbreviations', () => {
    expect(monthOf('Sept.')).toBe(9);
    expect(monthOf('Dec')).toBe(12);
    expect(weekdayOf('Thursdays')).toBe(4);
  });
});

describe('occurrenceOf', () => {
  it('reads "last" and "this past" as the last occurrence, "next" and "this coming" as the next', () => {
    expect(occurrenceOf('last')).toBe('last');
    expect(occurrenceOf('this past')).toBe('last');
    expect(occurrenceOf('next')).toBe('next');
    expect(occurrenceOf('this coming')).toBe('next');
  });
  it('reads "this" as the current one and anything else as unstated', () => {
    expect(occurrenceOf('this')).toBe('this');
    expect(occurrenceOf('early')).toBeUndefined();
    expect(occurrenceOf(undefined)).toBeUndefined();
  });
});

describe('clockCueBefore', () => {
  it('tells a time of day ("at 10:32:15") from a length ("in 3:07:35")', () => {
    expect(clockCueBefore('It struck at 10:32:15.', 13)).toBe(true);
    expect(clockCueBefore('He finished in 3:07:35.', 15)).toBe(false);
    expect(clockCueBefore('10:32:15', 0)).toBe(false);
  });
});

describe('COUNT_RE', () => {
  const count = new RegExp(`\\b(${COUNT_RE}) days\\b`, 'g');

  it('starts a number at its first digit, never inside it', () => {
    expect([...'rallied 1,000,000,000 days earlier'.matchAll(count)].map((m) => m[1])).toEqual([
      '1,000,000,000',
    ]);
    expect([...'1.5 days'.matchAll(count)].map((m) => m[1])).toEqual(['1.5']);
  });

  it('reads no count from a number longer than it takes', () => {
    expect([...`1${',000'.repeat(7)} days`.matchAll(count)]).toEqual([]);
    expect([...`1${',000'.repeat(6)} days`.matchAll(count)]).toHaveLength(1);
  });

  it('scans a long number with separators in linear time (issue 11)', () => {
    // 160,000 characters of "1,000,000…" took seconds: each comma restarted the scan.
    const text = `1${',000'.repeat(20_000)} people`;
    const started = performance.now();
    expect([...text.matchAll(count)]).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
