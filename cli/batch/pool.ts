import { Worker } from 'node:worker_threads';

/** Answers lines of a batch, maybe in parallel; each answer resolves on its own. */
export interface LineAnswerer {
  answer(line: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * `jobs` worker threads answering lines, each given to the thread with the fewest lines
 * in hand. A thread that dies fails the lines it held (the batch then stops with exit 1).
 */
export function workerPool(jobs: number): LineAnswerer {
  const url = new URL('./worker.mjs', import.meta.url);
  let seq = 0;
  const threads = Array.from({ length: jobs }, () => {
    const worker = new Worker(url);
    const pending = new Map<number, { resolve: (s: string) => void; reject: (e: Error) => void }>();
    worker.on('message', ({ seq: n, answer }: { seq: number; answer: string }) => {
      pending.get(n)?.resolve(answer);
      pending.delete(n);
    });
    const failAll = (error: Error) => {
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => {
      if (code !== 0) failAll(new Error(`a batch worker stopped (exit code ${code})`));
    });
    return { worker, pending };
  });
  return {
    answer(line) {
      const thread = threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const n = seq++;
      return new Promise((resolve, reject) => {
        thread.pending.set(n, { resolve, reject });
        thread.worker.postMessage({ seq: n, line });
      });
    },
    async close() {
      await Promise.all(threads.map(({ worker }) => worker.terminate()));
    },
  };
}

/** The same in this thread, one line at a time (for tests). */
export function inThread(answerLine: (line: string) => string): LineAnswerer {
  return {
    answer: (line) => Promise.resolve().then(() => answerLine(line)),
    close: () => Promise.resolve(),
  };
}
