import { createTenseReader } from '../grammar/index.ts';
import type { Candidate, Recogniser, StepContext } from './types.ts';

/** A step context over `text` for tests; tracing collects into `log`. */
export function contextFor(
  text: string,
  documentDate = '2012-02-27',
  log: string[] = [],
): StepContext {
  return {
    text,
    documentDate,
    tenseAt: createTenseReader(text),
    trace: (step, message) => void log.push(`${step}: ${message()}`),
  };
}

/** What a recogniser finds in `text`, as the matched words and the candidate. */
export function found(recogniser: Recogniser, text: string): Array<{ words: string } & Candidate> {
  return recogniser
    .find(contextFor(text))
    .map((c) => ({ words: text.slice(c.start, c.end), ...c }));
}
