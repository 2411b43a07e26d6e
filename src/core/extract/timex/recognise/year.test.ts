import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { year } from './year.ts';

describe('year', () => {
  it('reads years in running text and fiscal years', () => {
    const hits = found(year, 'Founded in 1987, it grew until fiscal 2004 and the 2010 crisis.');
    expect(hits.map((h) => h.words)).toEqual(['1987', 'fiscal 2004', '2010']);
  });

  it('declines amounts and counts', () => {
    expect(found(year, 'It cost $1999, and 2000 people came; about 1,500 left.')).toEqual([]);
  });

  it('declines phone numbers and street numbers', () => {
    expect(
      found(
        year,
        'Call 555-1234. He lives at 1600 Pennsylvania Avenue near the 1900 block of Main St.',
      ),
    ).toEqual([]);
  });

  it('reads fiscal years written "FY2024" and "FY24"', () => {
    const hits = found(year, 'Sales in FY2024 beat FY24 guidance.');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['FY2024', { kind: 'calendar', year: 2024 }],
      ['FY24', { kind: 'calendar', year: 2024 }],
    ]);
  });

  it('declines numbers that label a room, a flight or a route', () => {
    expect(found(year, 'Room 2012 is empty; Flight 1549 landed; Resolution 1441 passed.')).toEqual(
      [],
    );
  });
});
