import type { Article, Timex, TimelineEvent } from '../model/index.ts';
import { readGrammar, type Sentence } from './grammar/index.ts';
import { readTimexes, type TimexCarry } from './timex/index.ts';
import { buildEvents } from './events/index.ts';

export type { Sentence } from './grammar/index.ts';
export type { TimexCarry } from './timex/index.ts';

/** Everything the engine read from one article. */
export interface Extraction {
  sentences: Sentence[];
  timexes: Timex[];
  events: TimelineEvent[];
}

/** An extraction, and where its reading of the dates ended (see `ExtractOptions.after`). */
export interface CarriedExtraction extends Extraction {
  /** Pass it as `after` to read the text that follows as this one's continuation. */
  carry: TimexCarry;
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
  /**
   * For a long text read in parts cut at line breaks: the `carry` of the part before,
   * so this part reads its dates as that one's continuation ("a week later" at its start
   * counts from the last date told before it; expressions are numbered on).
   */
  after?: TimexCarry;
}

/**
 * The whole engine, text to events: split sentences, find and normalise temporal
 * expressions against the publication date, then build events from them.
 * Pure: the same article always gives the same result.
 */
export function extractArticle(article: Article, options: ExtractOptions = {}): CarriedExtraction {
  const report = options.onProgress ?? (() => undefined);
  report({ done: 0, total: 3, step: 'sentences' });
  // Both stages read the same grammar: each sentence is split, tokenised and read for
  // tense once for the two.
  const grammar = readGrammar(article.text);
  const sentences = [...grammar.sentences];
  report({ done: 1, total: 3, step: 'dates' });
  const { timexes, carry } = readTimexes(article.text, {
    documentDate: article.publishedOn,
    trace: options.trace ?? false,
    grammar,
    ...(options.after ? { after: options.after } : {}),
  });
  report({ done: 2, total: 3, step: 'events' });
  const events = buildEvents(article, sentences, timexes, {
    trace: options.trace ?? false,
    grammar,
  });
  return { sentences, timexes, events, carry };
}
