import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { season } from './season.ts';

describe('season', () => {
  it('reads seasons with a determiner or a year', () => {
    const hits = found(season, 'Last winter was mild; the summer of 2003 was hot.');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['Last winter', { kind: 'calendar', season: 'WI', year: undefined, which: 'last' }],
      ['the summer of 2003', { kind: 'calendar', season: 'SU', year: 2003, which: undefined }],
    ]);
  });

  it('reads "that summer" in the year of the date before it', () => {
    const [hit] = found(season, 'That summer, protests began.');
    expect(hit).toMatchObject({
      words: 'That summer',
      meaning: { season: 'SU', yearOfPrevious: true },
    });
  });

  it('does not read the verb "fall"', () => {
    expect(found(season, 'Prices fall when demand drops.')).toEqual([]);
  });
});
