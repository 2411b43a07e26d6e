import type { Timex } from '../../model/index.ts';

export interface TimexOptions {
  /** Document creation time, `YYYY-MM-DD`: the reference for relative expressions. */
  documentDate: string;
  /** Print each pipeline step's decisions to the console (for explaining a result). */
  trace?: boolean;
}

/**
 * Finds and normalises every temporal expression in `text` (TimeML TIMEX3 grade).
 * Spans index `text`; ids are `t1`, `t2`, ... in text order.
 *
 * TODO(engine): implemented by the date engine pipeline.
 */
export function extractTimexes(_text: string, _options: TimexOptions): Timex[] {
  return [];
}
