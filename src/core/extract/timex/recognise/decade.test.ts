import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { decade } from './decade.ts';
import { extractTimexes } from '../index.ts';

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

  it('writes a century as its two leading digits, a decade with its X', () => {
    const text = 'Built in the 11th century, restored in the 20th century and the 1990s.';
    expect(
      extractTimexes(text, { documentDate: '2013-03-22' }).map((t) => [t.span.text, t.value]),
    ).toEqual([
      ['the 11th century', '10'],
      ['the 20th century', '19'],
      ['the 1990s', '199'],
    ]);
  });

  it('keeps the article out of a decade used as an adjective', () => {
    const [hit] = found(decade, 'The 1970s-era law was repealed.');
    expect(hit?.words).toBe('1970s');
  });
});
