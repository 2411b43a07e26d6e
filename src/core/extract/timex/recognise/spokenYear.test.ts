import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { spokenYear } from './spokenYear.ts';

describe('spokenYear', () => {
  it('reads years spelt out', () => {
    const hits = found(
      spokenYear,
      'In nineteen eighty-four and by the year two thousand, then two thousand and five.',
    );
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['nineteen eighty-four', { kind: 'calendar', year: 1984 }],
      ['the year two thousand', { kind: 'calendar', year: 2000 }],
      ['two thousand and five', { kind: 'calendar', year: 2005 }],
    ]);
  });

  it('reads decades in words, but not "two thousand people"', () => {
    expect(found(spokenYear, 'through the seventies').map((h) => h.meaning)).toEqual([
      { kind: 'calendar', yearPrefix: '197' },
    ]);
    expect(found(spokenYear, 'two thousand people')).toEqual([]);
  });
});
