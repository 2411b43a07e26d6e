import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { decade } from './decade.ts';

describe('decade', () => {
  it('reads decades as a year prefix', () => {
    const hits = found(decade, 'In the 1960s and the ’80s, and 2010s.');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['the 1960s', { kind: 'calendar', yearPrefix: '196' }],
      ['the ’80s', { kind: 'calendar', yearPrefix: '198' }],
      ['2010s', { kind: 'calendar', yearPrefix: '201' }],
    ]);
  });

  it('reads centuries', () => {
    const hits = found(decade, 'in the 19th century and the twenty-first century');
    expect(hits.map((h) => h.meaning)).toEqual([
      { kind: 'calendar', yearPrefix: '18' },
      { kind: 'calendar', yearPrefix: '20' },
    ]);
  });
});
