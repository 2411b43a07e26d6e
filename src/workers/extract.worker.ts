/// <reference lib="webworker" />
import { extractArticle } from '../core/extract/index.ts';
import {
  BATCH_WEIGHT,
  eventWeight,
  inBatches,
  keepsTimex,
  type ExtractRequest,
  type ExtractResponse,
} from '../app/extraction/extractProtocol.ts';

// The DOM and WebWorker libs are both loaded, so `self` needs telling which it is.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const send = (response: ExtractResponse) => scope.postMessage(response);

// Runs the engine off the main thread so typing and scrolling stay smooth on long articles.
scope.onmessage = (message: MessageEvent<ExtractRequest>) => {
  const { id, article } = message.data;
  try {
    const started = performance.now();
    const result = extractArticle(article, {
      onProgress: (progress) => send({ id, kind: 'progress', progress }),
    });
    const engineMs = performance.now() - started;
    for (const events of inBatches(result.events, BATCH_WEIGHT, eventWeight))
      send({ id, kind: 'events', events });
    const timexes = result.timexes.filter(keepsTimex);
    for (const batch of inBatches(timexes, BATCH_WEIGHT * 2, () => 1))
      send({ id, kind: 'timexes', timexes: batch });
    send({ id, kind: 'done', ok: true, engineMs });
  } catch (error) {
    send({
      id,
      kind: 'done',
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
