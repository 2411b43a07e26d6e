import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IntervalIndex, type Extent } from './intervalIndex.ts';

const overlaps = (e: Extent, from: number, to: number) => e.start <= to && e.end >= from;

describe('IntervalIndex', () => {
  it('finds points and spans overlapping a window, in start order', () => {
    const index = new IntervalIndex([
      { start: 50, end: 50 },
      { start: 0, end: 100 },
      { start: 10, end: 20 },
      { start: 200, end: 300 },
    ]);
    expect(index.query(30, 60).map((i) => index.entries[i])).toEqual([
      { start: 0, end: 100 },
      { start: 50, end: 50 },
    ]);
    expect(index.query(101, 199)).toEqual([]);
    expect(index.query(300, 400).map((i) => index.entries[i]?.start)).toEqual([200]);
  });

  it('answers nothing when empty', () => {
    expect(new IntervalIndex([]).query(0, 10)).toEqual([]);
  });

  it('counts the entries starting by a time', () => {
    const index = new IntervalIndex([1, 2, 2, 5].map((t) => ({ start: t, end: t })));
    expect([0, 1, 2, 4, 5, 9].map((t) => index.startingBy(t))).toEqual([0, 1, 3, 3, 4, 4]);
  });

  it('agrees with a plain scan on random data', () => {
    const extent = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 300 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(
        fc.array(extent, { maxLength: 200 }),
        fc.integer({ min: -100, max: 1400 }),
        fc.integer({ min: 0, max: 500 }),
        (extents, from, width) => {
          const index = new IntervalIndex(extents);
          const got = index.query(from, from + width).map((i) => index.entries[i]);
          const expected = index.entries.filter((e) => overlaps(e, from, from + width));
          expect(got).toEqual(expected);
        },
      ),
    );
  });

  it('leaves its input unchanged', () => {
    const input = [
      { start: 5, end: 5 },
      { start: 1, end: 1 },
    ];
    new IntervalIndex(input);
    expect(input[0]?.start).toBe(5);
  });
});
