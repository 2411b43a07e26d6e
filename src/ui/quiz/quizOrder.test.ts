import { describe, expect, it } from 'vitest';
import { testEvent } from '../../app/state/testEvents.ts';
import { isInDateOrder, markPlacement, moveItem, shuffleForQuiz } from './quizOrder.ts';

const a = testEvent('a', '2011-12');
const b = testEvent('b', '2012-02-25');
const b2 = testEvent('b2', '2012-02-25');
const c = testEvent('c', '2012-03-24');

/** A fixed sequence of "random" numbers, repeated. */
const sequence = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
};

describe('shuffleForQuiz', () => {
  it('never hands out the events already in order when another order exists', () => {
    // 0.99 everywhere keeps every element in place: the true order, refused.
    const order = shuffleForQuiz([a, b, c], sequence(0.99, 0.99, 0.99, 0.99, 0.1, 0.1));
    expect(order).toHaveLength(3);
    expect(new Set(order)).toEqual(new Set([a, b, c]));
    expect(isInDateOrder(order)).toBe(false);
  });

  it('gives back a single event as it is', () => {
    expect(shuffleForQuiz([a], Math.random)).toEqual([a]);
  });
});

describe('moveItem', () => {
  it('moves an item up, down and to the ends, without touching the input', () => {
    const items = ['x', 'y', 'z'];
    expect(moveItem(items, 2, 0)).toEqual(['z', 'x', 'y']);
    expect(moveItem(items, 0, 1)).toEqual(['y', 'x', 'z']);
    expect(moveItem(items, 0, 9)).toEqual(['y', 'z', 'x']);
    expect(items).toEqual(['x', 'y', 'z']);
  });
});

describe('markPlacement', () => {
  it('marks each position right or wrong against the true order', () => {
    expect(markPlacement([a, c, b], [a, b, c])).toEqual([true, false, false]);
  });

  it('accepts events of the same date in either order', () => {
    expect(markPlacement([a, b2, b, c], [a, b, b2, c])).toEqual([true, true, true, true]);
  });
});
