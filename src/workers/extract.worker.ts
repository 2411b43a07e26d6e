/// <reference lib="webworker" />
import { extractArticle } from '../core/extract/index.ts';
import type { ExtractRequest, ExtractResponse } from './extractProtocol.ts';

// The DOM and WebWorker libs are both loaded, so `self` needs telling which it is.
const scope = self as unknown as DedicatedWorkerGlobalScope;

// Runs the engine off the main thread so typing and scrolling stay smooth on long articles.
scope.onmessage = (message: MessageEvent<ExtractRequest>) => {
  const { id, article } = message.data;
  let response: ExtractResponse;
  try {
    const result = extractArticle(article, {
      onProgress: (progress) =>
        scope.postMessage({ id, kind: 'progress', progress } satisfies ExtractResponse),
    });
    response = { id, kind: 'done', ok: true, result };
  } catch (error) {
    response = {
      id,
      kind: 'done',
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  scope.postMessage(response);
};
