import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractProgress } from './index.ts';

describe('extractArticle progress', () => {
  it('tells each step before it runs, in order, and gives the same result as without', () => {
    const article = {
      id: 'a',
      title: 't',
      text: 'The council met on Monday. It meets again on March 24.',
      publishedOn: '2012-02-27',
      language: 'en',
    };
    const seen: ExtractProgress[] = [];
    const result = extractArticle(article, { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => [p.done, p.step])).toEqual([
      [0, 'sentences'],
      [1, 'dates'],
      [2, 'events'],
    ]);
    expect(seen.every((p) => p.total === 3)).toBe(true);
    expect(result).toEqual(extractArticle(article));
  });
});
