import type { Article, Timex, TimelineEvent } from '../../model/index.ts';
import type { Sentence } from '../sentences/splitSentences.ts';

/**
 * Turns the timexes of an article into events: one per happening, anchored,
 * with status, title and verbatim sources.
 *
 * TODO(events): implemented by the event builder pipeline.
 */
export function buildEvents(
  _article: Article,
  _sentences: readonly Sentence[],
  _timexes: readonly Timex[],
): TimelineEvent[] {
  return [];
}
