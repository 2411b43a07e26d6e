import type { Extraction, ExtractProgress } from '../../core/extract/index.ts';
import type { Article } from '../../core/model/index.ts';
import type { ExtractRequest, ExtractResponse } from '../../workers/extractProtocol.ts';

/** The part of a `Worker` the client uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage: (message: ExtractRequest) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<ExtractResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface ExtractionRun {
  result: Promise<Extraction>;
  /** Stops the worker; the promise then never settles. */
  cancel: () => void;
}

function startWorker(): WorkerLike {
  return new Worker(new URL('../../workers/extract.worker.ts', import.meta.url), {
    type: 'module',
  });
}

/**
 * Reads an article in a Web Worker. One worker per run: cancelling a run that a newer
 * one replaced stops its work outright instead of letting it finish unseen.
 */
export function runExtraction(
  article: Article,
  createWorker: () => WorkerLike = startWorker,
  options: { onProgress?: (progress: ExtractProgress) => void } = {},
): ExtractionRun {
  let worker: WorkerLike | null = null;
  const result = new Promise<Extraction>((resolve, reject) => {
    try {
      worker = createWorker();
    } catch (error) {
      reject(new Error(`Could not start the reader: ${describe(error)}`));
      return;
    }
    const settle = () => {
      worker?.terminate();
      worker = null;
    };
    worker.onmessage = (event) => {
      if (event.data.kind === 'progress') {
        options.onProgress?.(event.data.progress);
        return;
      }
      settle();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      settle();
      reject(new Error(event.message || 'The reader stopped unexpectedly.'));
    };
    worker.postMessage({ id: 1, article });
  });
  return {
    result,
    cancel() {
      worker?.terminate();
      worker = null;
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
