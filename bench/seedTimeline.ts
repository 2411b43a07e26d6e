import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Project } from '../src/core/model/index.ts';
import { extractArticle } from '../src/core/extract/index.ts';
import { projectOfArticle } from '../src/core/formats/exportInput.ts';
import { repoRoot } from './corpus.ts';

/** The seed article as the app opens it (src/app/seed/seed.ts, read without Vite). */
export function seedArticle(): Article {
  return {
    id: 'seed-almaty-2012',
    title: 'Kazakhstan: Opposition Leaders in Jail on Hunger Strike After Protest',
    text: readFileSync(join(repoRoot, 'src/app/seed/article.txt'), 'utf8'),
    sourceUrl:
      'https://eurasianet.org/kazakhstan-opposition-leaders-in-jail-on-hunger-strike-after-protest',
    author: 'Joanna Lillis',
    outlet: 'Eurasianet',
    publishedOn: '2012-02-27',
    language: 'en',
  };
}

/** The seed timeline: the seed article and the events the engine reads from it. */
export function seedProject(): Project {
  const article = seedArticle();
  return projectOfArticle(article, extractArticle(article).events);
}
