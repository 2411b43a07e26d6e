import type { Article, Project, TimelineEvent } from '../model/index.ts';

/** What an export is made from: a whole project, or one article and its events. */
export type ExportInput =
  Project | { article: Article; events: readonly TimelineEvent[]; title?: string };

/** The parts of a project every export reads. */
export interface ExportSource {
  id: string;
  title: string;
  articles: readonly Article[];
  events: readonly TimelineEvent[];
}

/** Brings either kind of export input to one shape. */
export function toExportSource(input: ExportInput): ExportSource {
  if ('article' in input) {
    const { article, events } = input;
    return { id: article.id, title: input.title ?? article.title, articles: [article], events };
  }
  return { id: input.id, title: input.title, articles: input.articles, events: input.events };
}

/**
 * A project holding one article and the events read from it, as `datelines extract` saves it.
 *
 * @example projectOfArticle(article, events).format // 'datelines/2'
 */
export function projectOfArticle(
  article: Article,
  events: readonly TimelineEvent[],
  title: string = article.title,
  now: string = new Date().toISOString(),
): Project {
  return {
    format: 'datelines/2',
    id: article.id,
    title,
    createdAt: now,
    updatedAt: now,
    articles: [article],
    engine: [{ articleId: article.id, publishedOn: article.publishedOn, events: [...events] }],
    edits: [],
    rejectedSuggestions: [],
    events: [...events],
    history: { past: [], future: [] },
  };
}

/** The verbatim passages an event was read from, in order. */
export function eventQuotes(event: TimelineEvent): string[] {
  return event.sources.map((source) => source.span.text);
}
