import type { Article, Timex, TimelineEvent } from '../../model/index.ts';
import { readGrammar, type GrammarReader, type Sentence } from '../grammar/index.ts';
import { createAnchorRoleReader } from './anchors.ts';
import { createStatusReader } from './status.ts';
import type { BuildContext, Draft } from './draft.ts';
import { EVENT_STEPS } from './pipeline.ts';
import { toTimelineEvents } from './toTimelineEvents.ts';

export { EVENT_STEPS } from './pipeline.ts';

export interface BuildOptions {
  /** Print the drafts after each step (for explaining a result). */
  trace?: boolean;
  /** The text as the grammar layer read it in this extraction, to share the work. */
  grammar?: GrammarReader;
}

/**
 * Turns the timexes of an article into events: one per happening, anchored, with
 * status, title, verbatim sources and the reasoning behind each date. Runs the
 * ordered steps of {@link EVENT_STEPS}, then {@link toTimelineEvents}. Pure.
 */
export function buildEvents(
  article: Article,
  sentences: readonly Sentence[],
  timexes: readonly Timex[],
  options: BuildOptions = {},
): TimelineEvent[] {
  let key = 0;
  const grammar =
    options.grammar?.text === article.text ? options.grammar : readGrammar(article.text, sentences);
  const { words } = grammar;
  const context: BuildContext = {
    article,
    text: article.text,
    sentences,
    timexes: [...timexes].sort((a, b) => a.span.start - b.span.start),
    tense: grammar.tense,
    verbTenses: grammar.verbTenses,
    words,
    clauseVerb: grammar.clause,
    anchorRole: createAnchorRoleReader(article.text, article.publishedOn, words),
    statusOf: createStatusReader(article.publishedOn),
    nextKey: () => key++,
  };
  let drafts: Draft[] = [];
  for (const step of EVENT_STEPS) {
    drafts = step.run(drafts, context);
    if (options.trace) traceStep(step.name, drafts, article.text);
  }
  return toTimelineEvents(drafts, context);
}

function traceStep(name: string, drafts: readonly Draft[], text: string): void {
  console.debug(
    `[events] ${name}: ${drafts.length} drafts\n` +
      drafts
        .map(
          (d) =>
            `  #${d.key} ${d.start?.value ?? '—'}${d.end ? `…${d.end.value}` : ''} ${d.status ?? ''} ${d.rule ?? ''} “${text.slice(d.quote.start, Math.min(d.quote.end, d.quote.start + 60))}”`,
        )
        .join('\n'),
  );
}
