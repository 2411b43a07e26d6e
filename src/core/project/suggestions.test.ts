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

describe('suggestMerges at scale', () => {
  it('finds among hundreds of events what comparing every pair finds', () => {
    const words = ['strike', 'harbour', 'council', 'rally', 'budget', 'court', 'ruling', 'vote'];
    const events = Array.from({ length: 300 }, (_, i) => {
      const day = 1 + ((i * 7919) % 28);
      const month = 1 + ((i * 104729) % 4);
      const text = `${words[i % 8]} ${words[(i * 3) % 8]} ${words[(i * 5 + 1) % 8]} happened`;
      const precision = i % 10 === 0 ? 'month' : 'day';
      const mm = String(month).padStart(2, '0');
      const value =
        precision === 'month' ? `2012-${mm}` : `2012-${mm}-${String(day).padStart(2, '0')}`;
      return eventAt(`e${i}`, `doc${i % 3}`, i * 100, text, value, { precision });
    });
    // Not in date order: the search must not rely on it.
    const shuffled = [...events].reverse();
    const fast = suggestMerges(shuffled, new Set()).map((s) => s.key);
    expect(fast.length).toBeGreaterThan(10);
    expect(fast).toEqual(bruteForce(shuffled));
  });

  it('offers nothing when every event comes from one article', () => {
    const events = Array.from({ length: 5000 }, (_, i) =>
      eventAt(`e${i}`, 'only', i, 'The same words every time', '2012-02-26'),
    );
    expect(suggestMerges(events, new Set())).toEqual([]);
  });
});

/** Every pair of events judged on its own, in list order, then the best pairs first. */
function bruteForce(events: ReturnType<typeof eventAt>[]): string[] {
  const pairs: { key: string; ids: [string, string]; similarity: number }[] = [];
  for (let i = 0; i < events.length; i++)
    for (let j = i + 1; j < events.length; j++) {
      const [s] = suggestMerges([events[i]!, events[j]!], new Set());
      if (s) pairs.push({ key: s.key, ids: s.eventIds, similarity: s.similarity });
    }
  // A stable sort: equal similarities keep the list order.
  pairs.sort((x, y) => y.similarity - x.similarity);
  const used = new Set<string>();
  return pairs
    .filter((p) => {
      if (p.ids.some((id) => used.has(id))) return false;
      p.ids.forEach((id) => used.add(id));
      return true;
    })
    .map((p) => p.key);
}
