import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { clockRange } from './clockRange.ts';

describe('clockRange', () => {
  it('gives the first end of a range the meridiem of the second', () => {
    const hits = found(clockRange, 'Polls open between 7 and 10 p.m. and from 9:30 to 11 a.m.');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['7', { kind: 'calendar', hour: 19, minute: 0 }],
      ['9:30', { kind: 'calendar', hour: 9, minute: 30 }],
    ]);
  });

  it('crosses noon when the first hour is the larger', () => {
    const hits = found(clockRange, 'The clinic runs from 10 to 2 p.m. daily.');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['10', { kind: 'calendar', hour: 10, minute: 0 }],
    ]);
  });

  it('leaves counts without a meridiem alone', () => {
    expect(found(clockRange, 'between 2 and 4 percent, from 3 to 5 goals')).toEqual([]);
  });
});
