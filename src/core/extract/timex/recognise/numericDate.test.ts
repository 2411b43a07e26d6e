import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { numericDate } from './numericDate.ts';

describe('numericDate', () => {
  it('reads ISO and US numeric dates', () => {
    const hits = found(numericDate, 'Filed 2011-07-04T09:15 and due 3/15/12.');
    expect(hits.map((h) => [h.words, h.type, h.meaning])).toEqual([
      [
        '2011-07-04T09:15',
        'TIME',
        { kind: 'calendar', year: 2011, month: 7, day: 4, hour: 9, minute: 15 },
      ],
      ['3/15/12', 'DATE', { kind: 'calendar', year: 2012, month: 3, day: 15 }],
    ]);
  });

  it('reads day-first dates when the first number is no month, and ISO timestamps', () => {
    const hits = found(numericDate, 'On 25/02/2012, at 2012-02-25T10:30:00Z.');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['25/02/2012', { kind: 'calendar', year: 2012, month: 2, day: 25 }],
      [
        '2012-02-25T10:30:00Z',
        { kind: 'calendar', year: 2012, month: 2, day: 25, hour: 10, minute: 30 },
      ],
    ]);
  });

  it('does not read fractions or impossible months', () => {
    expect(found(numericDate, 'a 1/2 share, 13/40/2001')).toEqual([]);
  });
});
