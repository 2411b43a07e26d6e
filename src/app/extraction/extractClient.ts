import type { Extraction, ExtractProgress } from '../../core/extract/index.ts';
import type { Article, Timex, TimelineEvent } from '../../core/model/index.ts';
import type { ExtractRequest, ExtractResponse } from './extractProtocol.ts';

/** The part of a `Worker` the client uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage: (message: ExtractRequest) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<ExtractResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** How long a run took: the engine in the worker, and from asking to the last answer. */
export interface ExtractionTiming {
  engineMs: number;
  totalMs: number;
}

export interface ExtractionRun {
  /**
   * What the app uses of the engine's reading: the events and the DATE and TIME
   * expressions. `sentences` stays empty: the worker keeps them.
   */
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
 * one replaced stops its work outright instead of letting it finish unseen. The answer
 * comes in batches, each unpacked in a task of its own, and is put together here.
 */
export function runExtraction(
  article: Article,
  createWorker: () => WorkerLike = startWorker,
  options: {
    onProgress?: (progress: ExtractProgress) => void;
    onTiming?: (timing: ExtractionTiming) => void;
  } = {},
): ExtractionRun {
  let worker: WorkerLike | null = null;
  const result = new Promise<Extraction>((resolve, reject) => {
    try {
      worker = createWorker();
    } catch (error) {
      reject(new Error(`Could not start the reader: ${describe(error)}`));
      return;
    }
    const started = performance.now();
    const events: TimelineEvent[] = [];
    const timexes: Timex[] = [];
    const settle = () => {
      worker?.terminate();
      worker = null;
    };
    worker.onmessage = ({ data }) => {
      switch (data.kind) {
        case 'progress':
          options.onProgress?.(data.progress);
          return;
        case 'events':
          for (const event of data.events) events.push(event);
          return;
        case 'timexes':
          for (const timex of data.timexes) timexes.push(timex);
          return;
        case 'done':
          settle();
          if (!data.ok) {
            reject(new Error(data.message));
            return;
          }
          options.onTiming?.({ engineMs: data.engineMs, totalMs: performance.now() - started });
          resolve({ sentences: [], timexes, events });
      }
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
