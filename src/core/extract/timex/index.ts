import type { Timex } from '../../model/index.ts';
import { createTenseReader, plainWordReader, type GrammarReader } from '../grammar/index.ts';
import { runPipeline } from './pipeline.ts';
import { normaliseAfter, type TimexCarry } from './refine/normalise.ts';
import { readQuotedDays } from './quotedDays.ts';
import type { StepContext } from './types.ts';

export type { TimexCarry } from './refine/normalise.ts';

export interface TimexOptions {
  /** Document creation time, `YYYY-MM-DD`: the reference for relative expressions. */
  documentDate: string;
  /** Print each pipeline step's decisions to the console (for explaining a result). */
  trace?: boolean;
  /** `text` as the grammar layer read it in this extraction, to share the work. */
  grammar?: GrammarReader;
  /**
   * Where the reading of the text before this one ended (`readTimexes(…).carry`), when
   * `text` continues it: a long text read in parts, cut at line breaks.
   */
  after?: TimexCarry;
}

/**
 * Finds and normalises every temporal expression in `text` (TimeML TIMEX3 grade).
 * Spans index `text`; ids are `t1`, `t2`, ... in text order.
 *
 * @example extractTimexes('It rained last month.', { documentDate: '2012-02-27' })
 * // [{ id: 't1', span: { text: 'last month', … }, type: 'DATE', value: '2012-01', … }]
 */
export function extractTimexes(text: string, options: TimexOptions): Timex[] {
  return readTimexes(text, options).timexes;
}

/**
 * `extractTimexes`, and where its reading ended (`carry`): pass it as `after` to read
 * the text that follows as the same text's continuation.
 *
 * @example readTimexes('Talks began on May 2.\n', o).carry // { count: 1, lastDate: { value: '2012-05-02', … }, … }
 */
export function readTimexes(
  text: string,
  options: TimexOptions,
): { timexes: Timex[]; carry: TimexCarry } {
  // Read alone, the dates need the words of only the sentences that hold one: each is
  // tokenised when its tense is first asked (the words are the same either way).
  const tenseAt =
    options.grammar?.text === text
      ? options.grammar.tense
      : createTenseReader(text, { words: plainWordReader(text) });
  const ctx: StepContext = {
    text,
    documentDate: options.documentDate,
    tenseAt,
    trace: options.trace
      ? (step, message) => console.debug(`[timex:${step}] ${message()}`)
      : () => undefined,
  };
  const { timexes, carry } = normaliseAfter(runPipeline(ctx), ctx, options.after);
  // After normalising: the day quoted words were said may be told after them.
  return { timexes: readQuotedDays(text, timexes, options.documentDate), carry };
}
