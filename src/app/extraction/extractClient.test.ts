import { describe, expect, it } from 'vitest';
import type { ExtractRequest, ExtractResponse } from './extractProtocol.ts';
import { SEED_ARTICLE } from '../seed/seed.ts';
import { testEvent, testExtraction } from '../state/testEvents.ts';
import { runExtraction, type WorkerLike } from './extractClient.ts';

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<ExtractResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: ExtractRequest[] = [];
  terminated = false;
  postMessage(message: ExtractRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: ExtractResponse) {
    this.onmessage?.({ data } as MessageEvent<ExtractResponse>);
  }
}

describe('runExtraction', () => {
  it('sends the article and resolves with the worker result, then stops the worker', async () => {
    const worker = new FakeWorker();
    const run = runExtraction(SEED_ARTICLE, () => worker);
    expect(worker.sent[0]?.article).toBe(SEED_ARTICLE);
    worker.answer({ id: 1, kind: 'done', ok: true, engineMs: 1 });
    await expect(run.result).resolves.toEqual(testExtraction([]));
    expect(worker.terminated).toBe(true);
  });

  it('puts the batches together in the order they came, and reports the engine time', async () => {
    const worker = new FakeWorker();
    const timings: { engineMs: number; totalMs: number }[] = [];
    const run = runExtraction(SEED_ARTICLE, () => worker, { onTiming: (t) => timings.push(t) });
    const [a, b, c] = [
      testEvent('a', '2012-02-01'),
      testEvent('b', '2012-02-02'),
      testEvent('c', '2012-02-03'),
    ];
    const timex = {
      id: 't1',
      span: { start: 0, end: 8, text: 'February' },
      type: 'DATE' as const,
      value: '2012-02',
      stated: {},
      anchor: { kind: 'none' as const },
      tense: 'past' as const,
      rule: 'test',
    };
    worker.answer({ id: 1, kind: 'events', events: [a, b] });
    worker.answer({ id: 1, kind: 'timexes', timexes: [timex] });
    worker.answer({ id: 1, kind: 'events', events: [c] });
    expect(worker.terminated).toBe(false);
    worker.answer({ id: 1, kind: 'done', ok: true, engineMs: 42 });
    const result = await run.result;
    expect(result.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(result.timexes).toEqual([timex]);
    expect(result.sentences).toEqual([]);
    expect(timings[0]?.engineMs).toBe(42);
    expect(timings[0]!.totalMs).toBeGreaterThanOrEqual(0);
  });

  it('rejects with the engine error message', async () => {
    const worker = new FakeWorker();
    const run = runExtraction(SEED_ARTICLE, () => worker);
    worker.answer({ id: 1, kind: 'done', ok: false, message: 'bad span' });
    await expect(run.result).rejects.toThrow('bad span');
  });

  it('rejects when the worker crashes', async () => {
    const worker = new FakeWorker();
    const run = runExtraction(SEED_ARTICLE, () => worker);
    worker.onerror?.({ message: '' } as ErrorEvent);
    await expect(run.result).rejects.toThrow('stopped unexpectedly');
  });

  it('rejects when no worker can be started', async () => {
    const run = runExtraction(SEED_ARTICLE, () => {
      throw new Error('no workers here');
    });
    await expect(run.result).rejects.toThrow('Could not start the reader: no workers here');
  });

  it('passes progress on and settles only on the final answer', async () => {
    const worker = new FakeWorker();
    const seen: number[] = [];
    const run = runExtraction(SEED_ARTICLE, () => worker, { onProgress: (p) => seen.push(p.done) });
    worker.answer({ id: 1, kind: 'progress', progress: { done: 0, total: 3, step: 'sentences' } });
    worker.answer({ id: 1, kind: 'progress', progress: { done: 2, total: 3, step: 'events' } });
    expect(worker.terminated).toBe(false);
    worker.answer({ id: 1, kind: 'done', ok: true, engineMs: 1 });
    await expect(run.result).resolves.toEqual(testExtraction([]));
    expect(seen).toEqual([0, 2]);
  });

  it('stops the worker when cancelled', () => {
    const worker = new FakeWorker();
    runExtraction(SEED_ARTICLE, () => worker).cancel();
    expect(worker.terminated).toBe(true);
  });
});
