import type { Timex } from '../../model/index.ts';
import { readGrammar, type GrammarReader } from '../grammar/index.ts';
import { runPipeline } from './pipeline.ts';
import { normalise } from './refine/normalise.ts';
import { readQuotedDays } from './quotedDays.ts';
import type { StepContext } from './types.ts';

export interface TimexOptions {
  /** Document creation time, `YYYY-MM-DD`: the reference for relative expressions. */
  documentDate: string;
  /** Print each pipeline step's decisions to the console (for explaining a result). */
  trace?: boolean;
  /** `text` as the grammar layer read it in this extraction, to share the work. */
  grammar?: GrammarReader;
}

/**
 * Finds and normalises every temporal expression in `text` (TimeML TIMEX3 grade).
 * Spans index `text`; ids are `t1`, `t2`, ... in text order.
 *
 * @example extractTimexes('It rained last month.', { documentDate: '2012-02-27' })
 * // [{ id: 't1', span: { text: 'last month', … }, type: 'DATE', value: '2012-01', … }]
 */
export function extractTimexes(text: string, options: TimexOptions): Timex[] {
  const ctx: StepContext = {
    text,
    documentDate: options.documentDate,
    tenseAt: (options.grammar?.text === text ? options.grammar : readGrammar(text)).tense,
    trace: options.trace
      ? (step, message) => console.debug(`[timex:${step}] ${message()}`)
      : () => undefined,
  };
  // After normalising: the day quoted words were said may be told after them.
  return readQuotedDays(text, normalise(runPipeline(ctx), ctx), options.documentDate);
}
