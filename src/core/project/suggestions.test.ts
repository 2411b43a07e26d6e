import { describe, expect, it } from 'vitest';
import { suggestMerges } from './suggestions.ts';
import { eventAt } from './testEvents.ts';

const a1 = eventAt('a1', 'a', 0, 'Opposition leaders began a hunger strike in jail', '2012-02-26', {
  title: 'Opposition leaders began a hunger strike',
});
const a2 = eventAt('a2', 'a', 60, 'The central bank raised interest rates', '2012-03-01');
const b1 = eventAt(
  'b1',
  'b',
  0,
  'Jailed opposition leaders started a hunger strike',
  '2012-02-26',
  {
    title: 'Jailed opposition leaders started a hunger strike',
  },
);
const b2 = eventAt(
  'b2',
  'b',
  70,
  'Jailed opposition leaders are on hunger strike since',
  '2012-02-28',
  {
    title: 'Jailed opposition leaders on hunger strike',
  },
);
const a3 = eventAt('a3', 'a', 120, 'A marathon drew runners', '2012-02-26');

describe('suggestMerges', () => {
  it('pairs the same happening told in two articles on the same day', () => {
    const suggestions = suggestMerges([a1, a2, a3, b1], new Set());
    expect(suggestions.map((s) => s.eventIds)).toEqual([['a1', 'b1']]);
    expect(suggestions[0]!.datesDiffer).toBe(false);
  });

  it('never pairs two events of one article', () => {
    const sameDoc = { ...b1, id: 'a9', sources: [{ ...b1.sources[0]!, documentId: 'a' }] };
    expect(suggestMerges([a1, sameDoc], new Set())).toEqual([]);
  });

  it('offers close wording a few days apart as a pair whose dates differ', () => {
    const [suggestion] = suggestMerges([a1, b2], new Set());
    expect(suggestion?.datesDiffer).toBe(true);
  });

  it('does not offer a pair the user turned down', () => {
    const [suggestion] = suggestMerges([a1, b1], new Set());
    expect(suggestMerges([a1, b1], new Set([suggestion!.key]))).toEqual([]);
  });

  it('offers each event in its best pair only', () => {
    const suggestions = suggestMerges([a1, b1, b2], new Set());
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]!.eventIds).toEqual(['a1', 'b1']);
  });
});
