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
});
