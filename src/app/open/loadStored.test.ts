import { describe, expect, it } from 'vitest';
import { projectOfArticle } from '../../core/formats/exportInput.ts';
import { FIXTURE_ARTICLE, FIXTURE_EVENTS } from '../../core/formats/testFixtures.ts';
import type { TimelineStore } from '../storage/timelineStore.ts';
import type { OpenResponse } from './openProtocol.ts';
import { BrokenOpenWorker, FakeOpenWorker } from './fakeOpenWorker.ts';
import { loadStoredProject } from './loadStored.ts';
import type { OpenWorkerLike } from './openClient.ts';

const project = projectOfArticle(FIXTURE_ARTICLE, FIXTURE_EVENTS, 'Almaty', '2026-11-30T09:00:00Z');
const records = { mine: { revision: 3, document: project } };

/** A store whose `load` answers from `records` and counts its calls. */
function storeOf(stored: Record<string, { revision: number; document: unknown }>) {
  const store = {
    loads: 0,
    load: (id: string) => {
      store.loads++;
      const record = stored[id];
      return Promise.resolve(record ? { id, savedAt: 'then', ...record } : null);
    },
  };
  return store;
}
const asStore = (s: ReturnType<typeof storeOf>) => s as unknown as TimelineStore;

describe('loadStoredProject', () => {
  it('loads and checks a stored timeline in the worker, not on the page', async () => {
    const store = storeOf(records);
    const loaded = await loadStoredProject(
      asStore(store),
      'mine',
      () => new FakeOpenWorker(records),
    );
    expect(loaded).toEqual({ project, revision: 3 });
    expect(store.loads).toBe(0);
  });

  it('gives null for a timeline that is not there', async () => {
    const loaded = await loadStoredProject(
      asStore(storeOf({})),
      'gone',
      () => new FakeOpenWorker(),
    );
    expect(loaded).toBeNull();
  });

  it('rejects with the storage error by name, so a full disk still reads as full', async () => {
    const failing: OpenWorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => undefined,
      postMessage(request) {
        const data: OpenResponse = {
          id: request.id,
          kind: 'done',
          ok: false,
          failure: { kind: 'storage', name: 'QuotaExceededError', message: 'full' },
        };
        queueMicrotask(() => failing.onmessage?.({ data } as MessageEvent<OpenResponse>));
      },
    };
    await expect(
      loadStoredProject(asStore(storeOf(records)), 'mine', () => failing),
    ).rejects.toMatchObject({ name: 'QuotaExceededError', message: 'full' });
  });

  it('reads on the page when the worker cannot run', async () => {
    for (const createWorker of [null, () => new BrokenOpenWorker()]) {
      const store = storeOf(records);
      expect(await loadStoredProject(asStore(store), 'mine', createWorker)).toEqual({
        project,
        revision: 3,
      });
      expect(store.loads).toBe(1);
    }
  });
});
