import { describe, expect, it } from 'vitest';
import { inBatches } from './extractProtocol.ts';

describe('inBatches', () => {
  it('cuts a list into batches of about the weight asked, keeping the order', () => {
    expect(inBatches([1, 2, 3, 4, 5], 2, () => 1)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('gives an item heavier than the weight a batch of its own', () => {
    expect(inBatches([1, 9, 1, 1], 3, (n) => n)).toEqual([[1], [9], [1, 1]]);
  });

  it('gives no batch for no items', () => {
    expect(inBatches([], 10, () => 1)).toEqual([]);
  });
});
