import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { ProjectV1Schema, upgradeProjectV1 } from '../../core/model/index.ts';
import { projectCodec, readStoredProject } from './projectCodec.ts';
import { DB_VERSION } from './schema.ts';
import { isQuotaError } from './storageErrors.ts';
import { openTimelineStore } from './timelineStore.ts';

const here = dirname(fileURLToPath(import.meta.url));
interface Fixture {
  version: number;
  timelines: { id: string; title: string; articles: unknown[]; events: unknown[] }[];
}
const v1 = JSON.parse(readFileSync(join(here, 'fixtures', 'db-v1.json'), 'utf8')) as Fixture;

let dbCount = 0;
const freshName = () => `test-db-${++dbCount}`;
const now = () => '2026-12-01T10:00:00.000Z';

function project(id: string, title: string, events = 0) {
  const old = ProjectV1Schema.parse({
    ...v1.timelines[0],
    id,
    title,
    events: (v1.timelines[0]?.events ?? []).slice(0, events),
  });
  return upgradeProjectV1(old, now());
}

/** Writes a database exactly as version `fixture.version` of the app left it. */
async function writeFixture(name: string, fixture: Fixture) {
  expect(fixture.version).toBe(1);
  const db = await openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore('timelines', { keyPath: 'id' });
    },
  });
  for (const timeline of fixture.timelines) await db.put('timelines', timeline);
  db.close();
}

describe('database migrations', () => {
  it('has a fixture for every earlier version', () => {
    // Version 1 is the only earlier one; a new version adds a fixture and a test here.
    expect(DB_VERSION).toBe(2);
    expect(v1.version).toBe(1);
  });

  it('brings a version-1 database to the current version, losing nothing', async () => {
    const name = freshName();
    await writeFixture(name, v1);
    const store = await openTimelineStore({ name, codec: projectCodec, now });

    const list = await store.list();
    expect(list.map((s) => s.id).sort()).toEqual(['council-2019', 'empty-one']);
    expect(list.find((s) => s.id === 'council-2019')).toEqual({
      id: 'council-2019',
      title: 'Library vote',
      sources: ['The Valley Gazette'],
      eventCount: 1,
      savedAt: now(),
      revision: 1,
    });

    const stored = await store.load('council-2019');
    expect(stored?.revision).toBe(1);
    expect(stored?.document).toMatchObject({ format: 'datelines/2', id: 'council-2019' });
    const upgraded = readStoredProject(stored?.document);
    expect(upgraded).not.toBeNull();
    expect(upgraded?.articles).toEqual(v1.timelines[0]?.articles);
    expect(upgraded?.events.map((e) => e.id)).toEqual(['e1']);
    expect(await store.getSession()).toBeNull();
    store.close();
  });

  it('keeps a record it cannot upgrade instead of dropping it', async () => {
    const name = freshName();
    await writeFixture(name, {
      version: 1,
      timelines: [{ id: 'odd', title: 'Odd', articles: [{}], events: [] }],
    });
    const store = await openTimelineStore({ name, codec: projectCodec, now });
    expect((await store.list()).map((s) => s.title)).toEqual(['Odd']);
    expect(await store.load('odd')).toMatchObject({ revision: 1, document: { id: 'odd' } });
    store.close();
  });

  it('creates an empty current database on first run', async () => {
    const store = await openTimelineStore({ name: freshName(), codec: projectCodec, now });
    expect(await store.list()).toEqual([]);
    store.close();
  });
});

describe('saving', () => {
  it('saves, lists and loads a timeline, the revision going up by one each time', async () => {
    const store = await openTimelineStore({ name: freshName(), codec: projectCodec, now });
    const first = await store.save('t1', project('t1', 'One'), null);
    expect(first).toEqual({ ok: true, revision: 1, savedAt: now() });
    const second = await store.save('t1', project('t1', 'One, renamed', 1), 1);
    expect(second).toMatchObject({ ok: true, revision: 2 });
    expect(await store.list()).toEqual([
      {
        id: 't1',
        title: 'One, renamed',
        sources: ['The Valley Gazette'],
        eventCount: 1,
        savedAt: now(),
        revision: 2,
      },
    ]);
    expect(readStoredProject((await store.load('t1'))?.document)?.title).toBe('One, renamed');
    store.close();
  });

  it('refuses a save based on an older revision: two tabs never overwrite each other', async () => {
    const name = freshName();
    const tabA = await openTimelineStore({ name, codec: projectCodec, now });
    const tabB = await openTimelineStore({ name, codec: projectCodec, now });
    await tabA.save('t1', project('t1', 'Base'), null);
    expect(await tabB.save('t1', project('t1', 'B edit'), 1)).toMatchObject({
      ok: true,
      revision: 2,
    });
    expect(await tabA.save('t1', project('t1', 'A edit'), 1)).toEqual({
      ok: false,
      conflict: { revision: 2, savedAt: now() },
    });
    expect(readStoredProject((await tabA.load('t1'))?.document)?.title).toBe('B edit');
    // A new timeline whose id is already taken is refused too.
    expect((await tabA.save('t1', project('t1', 'Other'), null)).ok).toBe(false);
    tabA.close();
    tabB.close();
  });

  it('deletes into the trash and restores, a restored timeline being a new revision', async () => {
    const store = await openTimelineStore({ name: freshName(), codec: projectCodec, now });
    await store.save('t1', project('t1', 'One'), null);
    await store.remove('t1');
    expect(await store.list()).toEqual([]);
    expect(await store.load('t1')).toBeNull();
    // An edit from a tab that still shows it does not bring it back silently.
    expect((await store.save('t1', project('t1', 'One'), 1)).ok).toBe(false);
    expect(await store.restore('t1')).toMatchObject({ id: 't1', title: 'One', revision: 2 });
    expect((await store.list()).map((s) => s.id)).toEqual(['t1']);
    expect(await store.restore('t1')).toBeNull();
    store.close();
  });

  it('remembers the open timeline and the selected event', async () => {
    const name = freshName();
    const store = await openTimelineStore({ name, codec: projectCodec, now });
    await store.setSession({ timelineId: 't1', selectedEventId: 'e7' });
    store.close();
    const reopened = await openTimelineStore({ name, codec: projectCodec, now });
    expect(await reopened.getSession()).toEqual({ timelineId: 't1', selectedEventId: 'e7' });
    reopened.close();
  });
});

describe('a full storage', () => {
  /** Makes `put` into one store fail as a full disk does, until the returned function runs. */
  function fillUp(storeName: string): () => void {
    const proto = globalThis.IDBObjectStore.prototype;
    const put = Object.getOwnPropertyDescriptor(proto, 'put')!;
    Object.defineProperty(proto, 'put', {
      ...put,
      value(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === storeName)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return (put.value as IDBObjectStore['put']).apply(this, args);
      },
    });
    return () => Object.defineProperty(proto, 'put', put);
  }

  it.each(['timelines', 'summaries'])(
    'refuses a save whose %s write fails, keeping the stored revision whole',
    async (storeName) => {
      const store = await openTimelineStore({ name: freshName(), codec: projectCodec, now });
      await store.save('t1', project('t1', 'Saved'), null);
      const free = fillUp(storeName);
      let error: unknown;
      try {
        await store.save('t1', project('t1', 'Too much'), 1);
      } catch (caught) {
        error = caught;
      } finally {
        free();
      }
      expect(isQuotaError(error)).toBe(true);
      // Nothing half-written: the timeline and its summary are still revision 1.
      expect((await store.load('t1'))?.revision).toBe(1);
      expect(readStoredProject((await store.load('t1'))?.document)?.title).toBe('Saved');
      expect((await store.list()).map((s) => [s.title, s.revision])).toEqual([['Saved', 1]]);
      // Once there is room, the next save from the same revision keeps the latest work.
      expect(await store.save('t1', project('t1', 'Later edit'), 1)).toMatchObject({
        ok: true,
        revision: 2,
      });
      expect(readStoredProject((await store.load('t1'))?.document)?.title).toBe('Later edit');
      store.close();
    },
  );
});
