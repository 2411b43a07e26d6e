import { describe, expect, it } from 'vitest';
import type { Project } from '../../core/model/index.ts';
import type { SaveRequest, SaveResponse } from './saveProtocol.ts';
import { syntheticEvents } from '../bench/syntheticEvents.ts';
import { joinProject } from './projectPieces.ts';
import { saveProject, type SaveWorkerLike } from './saveInPieces.ts';
import type { TimelineStore } from './timelineStore.ts';

const project = (n: number): Project => ({
  format: 'datelines/2',
  id: 'big',
  title: 'Big',
  createdAt: '2024-06-30T12:00:00.000Z',
  updatedAt: '2024-06-30T12:00:00.000Z',
  articles: [],
  engine: [],
  edits: [],
  rejectedSuggestions: [],
  events: syntheticEvents(n, { seed: 5 }),
  history: { past: [], future: [] },
});

/** A worker that puts the pieces together and answers as `answer` says. */
class FakeSaveWorker implements SaveWorkerLike {
  onmessage: ((event: MessageEvent<SaveResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  messages: SaveRequest[] = [];
  saved: Project | null = null;
  constructor(private answer: (saveId: number) => SaveResponse) {}
  postMessage(message: SaveRequest) {
    this.messages.push(structuredClone(message));
    if (message.kind !== 'commit') return;
    const begin = this.messages.find((m) => m.kind === 'begin');
    const pieces = this.messages.flatMap((m) =>
      m.kind === 'piece' ? [{ list: m.list, items: m.items }] : [],
    );
    if (begin?.kind === 'begin') this.saved = joinProject(begin.head, pieces);
    queueMicrotask(() => this.onmessage?.({ data: this.answer(message.saveId) } as never));
  }
}

const noStore = {
  save: () => Promise.reject(new Error('a big project must not be saved here')),
} as unknown as TimelineStore;

describe('saveProject', () => {
  it('sends a big project to the worker in pieces and gives back what it saved', async () => {
    const big = project(2000);
    const worker = new FakeSaveWorker((saveId) => ({
      saveId,
      ok: true,
      result: { ok: true, revision: 4, savedAt: 'now' },
    }));
    const result = await saveProject(noStore, big, 3, () => worker);
    expect(result).toEqual({ ok: true, revision: 4, savedAt: 'now' });
    expect(worker.saved).toEqual(big);
    expect(worker.messages.filter((m) => m.kind === 'piece').length).toBeGreaterThan(5);
    expect(worker.messages[0]).toMatchObject({ kind: 'begin', baseRevision: 3, timelineId: 'big' });
  });

  it('reports a full storage as the database named it', async () => {
    const worker = new FakeSaveWorker((saveId) => ({
      saveId,
      ok: false,
      name: 'QuotaExceededError',
      message: 'full',
    }));
    const failure = await saveProject(noStore, project(2000), null, () => worker).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(DOMException);
    expect((failure as DOMException).name).toBe('QuotaExceededError');
  });

  it('saves a small project at once, without the worker', async () => {
    const calls: unknown[] = [];
    const store = {
      save: (...args: unknown[]) => {
        calls.push(args);
        return Promise.resolve({ ok: true, revision: 1, savedAt: 'now' });
      },
    } as unknown as TimelineStore;
    await saveProject(store, project(10), null, () => {
      throw new Error('no worker for a small project');
    });
    expect(calls).toHaveLength(1);
  });
});
