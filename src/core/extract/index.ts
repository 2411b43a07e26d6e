import type { Article, Timex, TimelineEvent } from '../model/index.ts';
import { readGrammar, type Sentence } from './grammar/index.ts';
import { extractTimexes } from './timex/index.ts';
import { buildEvents } from './events/index.ts';

export type { Sentence } from './grammar/index.ts';

/** Everything the engine read from one article. */
export interface Extraction {
  sentences: Sentence[];
  timexes: Timex[];
  events: TimelineEvent[];
}

/** How far a reading has come: `done` of `total` steps, and the step about to run. */
export interface ExtractProgress {
  done: number;
  total: number;
  step: 'sentences' | 'dates' | 'events';
}

export interface ExtractOptions {
  trace?: boolean;
  /** Told before each step, so a long article can show how far it has come. */
  onProgress?: (progress: ExtractProgress) => void;
}

/**
 * The whole engine, text to events: split sentences, find and normalise temporal
 * expressions against the publication date, then build events from them.
 * Pure: the same article always gives the same result.
 */
export function extractArticle(article: Article, options: ExtractOptions = {}): Extraction {
  const report = options.onProgress ?? (() => undefined);
  report({ done: 0, total: 3, step: 'sentences' });
  // Both stages read the same grammar: each sentence is split, tokenised and read for
  // tense once for the two.
  const grammar = readGrammar(article.text);
  const sentences = [...grammar.sentences];
  report({ done: 1, total: 3, step: 'dates' });
  const timexes = extractTimexes(article.text, {
    documentDate: article.publishedOn,
    trace: options.trace ?? false,
    grammar,
  });
  report({ done: 2, total: 3, step: 'events' });
  const events = buildEvents(article, sentences, timexes, {
    trace: options.trace ?? false,
    grammar,
  });
  return { sentences, timexes, events };
}
