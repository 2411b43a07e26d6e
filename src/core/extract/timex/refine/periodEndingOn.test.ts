import { describe, expect, it } from 'vitest';
import { contextFor } from '../testing.ts';
import type { Candidate } from '../types.ts';
import { periodEndingOn } from './periodEndingOn.ts';

describe('periodEndingOn', () => {
  it('reads "the quarter ended Sept. 30" as the third quarter', () => {
    const text = 'for the quarter ended Sept. 30, 1991';
    const quarter: Candidate = {
      start: 4,
      end: 15,
      type: 'DATE',
      meaning: { kind: 'relative', unit: 'quarter', offset: -1, from: 'document' },
      rule: 'relative-unit',
    };
    const day: Candidate = {
      start: 22,
      end: 36,
      type: 'DATE',
      meaning: { kind: 'calendar', month: 9, day: 30, year: 1991 },
      rule: 'month-name-date',
    };
    const [out] = periodEndingOn.refine([quarter, day], contextFor(text));
    expect(out?.meaning).toEqual({ kind: 'calendar', quarter: 3, year: 1991 });
  });

  it('gives a named quarter the year of the day it ended', () => {
    const text = 'for the fiscal fourth quarter ended June 30';
    const quarter: Candidate = {
      start: 4,
      end: 29,
      type: 'DATE',
      meaning: { kind: 'calendar', quarter: 4 },
      rule: 'quarter',
    };
    const day: Candidate = {
      start: 36,
      end: 43,
      type: 'DATE',
      meaning: { kind: 'calendar', month: 6, day: 30 },
      rule: 'month-name-date',
    };
    const [out] = periodEndingOn.refine([quarter, day], contextFor(text));
    expect(out?.meaning).toEqual({
      kind: 'calendar',
      quarter: 4,
      yearOfDay: { month: 6, day: 30 },
    });
  });
});
