import { describe, expect, it } from 'vitest';
import { rebaseEvents } from './rebase.ts';
import { eventAt } from './testEvents.ts';

describe('rebaseEvents', () => {
  const first = eventAt('walkout-draft', 'draft', 0, 'Workers walked out', '2019-03-04', {
    title: 'Workers walked out',
  });
  const second = {
    ...eventAt('talks-draft', 'draft', 30, 'Talks follow', '2019-03-14'),
    date: {
      ...first.date,
      derivation: {
        ...first.date.derivation,
        reference: { kind: 'event' as const, eventId: 'walkout-draft', label: 'the walkout' },
      },
    },
  };

  it('names the article in every source and gives ids of its own, references following', () => {
    const [a, b] = rebaseEvents([first, second], 'article-7');
    expect(a!.sources[0]!.documentId).toBe('article-7');
    expect(a!.id).not.toBe('walkout-draft');
    expect(a!.id).toMatch(/^workers-walked-out-/);
    expect(b!.date.derivation.reference.eventId).toBe(a!.id);
  });

  it('gives the same events read for two articles different ids', () => {
    const one = rebaseEvents([first], 'a1')[0]!;
    const two = rebaseEvents([first], 'a2')[0]!;
    expect(one.id).not.toBe(two.id);
  });

  it('leaves events already naming the article alone', () => {
    expect(rebaseEvents([first], 'draft')).toEqual([first]);
  });
});
