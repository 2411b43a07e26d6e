import { describe, expect, it } from 'vitest';
import { addArticle, createTimeline, type ArticleInput } from './actions.ts';

const input: ArticleInput = {
  title: 'Rally',
  text: 'On Monday a rally was held.',
  publishedOn: '2012-02-27',
  publishedOnGiven: true,
};

describe('article actions', () => {
  it('give the article the id the form read it under, so its events keep their ids', () => {
    const created = createTimeline({ ...input, articleId: 'article-read' });
    const added = addArticle({ ...input, articleId: 'article-more' });
    expect(created.type === 'timeline/created' && created.articleId).toBe('article-read');
    expect(added.type === 'article/added' && added.articleId).toBe('article-more');
  });

  it('make a fresh id when the article was not read yet', () => {
    const a = createTimeline(input);
    const b = createTimeline(input);
    expect(a.type === 'timeline/created' && a.articleId).toMatch(/^article-/);
    expect(a.type === 'timeline/created' && b.type === 'timeline/created' && a.articleId).not.toBe(
      b.type === 'timeline/created' && b.articleId,
    );
  });
});
