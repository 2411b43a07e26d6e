import type { ExtractProgress } from '../../core/extract/index.ts';
import type { Article, Timex, TimelineEvent } from '../../core/model/index.ts';

/** What the app asks the extraction worker. */
export interface ExtractRequest {
  id: number;
  article: Article;
}

/**
 * What the worker answers: progress on the way; then what the app uses of the engine's
 * result, in batches (every batch is its own message, so the page never unpacks a long
 * article's whole reading in one task); then `done`, or why it failed.
 *
 * Only what the app needs is sent: the events, and the date expressions a selection in
 * the article can take its date from (DATE and TIME). The sentences and the other
 * expressions stay in the worker.
 */
export type ExtractResponse =
  | { id: number; kind: 'progress'; progress: ExtractProgress }
  | { id: number; kind: 'events'; events: TimelineEvent[] }
  | { id: number; kind: 'timexes'; timexes: Timex[] }
  | {
      id: number;
      kind: 'done';
      ok: true;
      /** How long the engine itself took in the worker (the rest is start-up and transfer). */
      engineMs: number;
    }
  | { id: number; kind: 'done'; ok: false; message: string };

/** The date expressions the app keeps: those an event made from a selection can be dated by. */
export function keepsTimex(timex: Timex): boolean {
  return timex.type === 'DATE' || timex.type === 'TIME';
}

/**
 * Splits a list into batches of about `weight` units each (at least one item per batch),
 * where `weigh` tells what an item costs to send.
 *
 * @example inBatches([a, b, c], 2, () => 1) // [[a, b], [c]]
 */
export function inBatches<T>(
  items: readonly T[],
  weight: number,
  weigh: (item: T) => number,
): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let sum = 0;
  for (const item of items) {
    const w = weigh(item);
    if (batch.length > 0 && sum + w > weight) {
      batches.push(batch);
      batch = [];
      sum = 0;
    }
    batch.push(item);
    sum += w;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** What one event costs to send: its sources carry the quoted text. */
export const eventWeight = (event: TimelineEvent) => 2 + event.sources.length;

/** About this many events' sources or expressions per message: a few milliseconds to unpack. */
export const BATCH_WEIGHT = 1500;
