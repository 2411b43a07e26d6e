// For the span steps' tests: sentences go through the whole engine, so each case reads
// as the sentence a reporter wrote, with a fixed publication date.
import type { EventStatus } from '../../../model/index.ts';
import { extractArticle } from '../../index.ts';

/** One event as its test reads it: dates, status, rule and explanation. */
export interface EventReading {
  start: string;
  end?: string;
  /** `start` and `end` precisions joined: "day..month". */
  precision: string;
  approximateEnd: boolean;
  status: EventStatus;
  rule: string;
  phrase: string;
  title: string;
  explanation: string;
}

/** The events of `text`, published on `publishedOn`, in timeline order. */
export function readEvents(text: string, publishedOn: string): EventReading[] {
  const article = { id: 'case', title: 'Case', text, publishedOn, language: 'en' as const };
  return extractArticle(article).events.map((e) => ({
    start: e.date.start.value,
    ...(e.date.end ? { end: e.date.end.value } : {}),
    precision: [e.date.start.precision, e.date.end?.precision].filter(Boolean).join('..'),
    approximateEnd: e.date.end?.approximate ?? false,
    status: e.status,
    rule: e.date.derivation.rule,
    phrase: e.date.derivation.phrase,
    title: e.title,
    explanation: e.date.derivation.explanation,
  }));
}

/** The one event of `text` made by `rule`; fails the test when there is not exactly one. */
export function eventBy(rule: string, text: string, publishedOn: string): EventReading {
  const found = readEvents(text, publishedOn).filter((e) => e.rule === rule);
  if (found.length !== 1)
    throw new Error(
      `expected one "${rule}" event in “${text}”, got ${JSON.stringify(readEvents(text, publishedOn))}`,
    );
  return found[0]!;
}
