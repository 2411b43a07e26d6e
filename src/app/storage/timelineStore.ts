import { openDB, type IDBPDatabase } from 'idb';
import {
  DB_NAME,
  DB_VERSION,
  migrate,
  type DatelinesDbV2,
  type DocumentCodec,
  type SessionRecord,
  type StoredTimeline,
  type TimelineSummary,
} from './schema.ts';

export type SaveResult =
  | { ok: true; revision: number; savedAt: string }
  /** Another tab saved (or deleted) this timeline since this tab last read it. */
  | { ok: false; conflict: { revision: number | null; savedAt: string | null } };

/** Saved timelines in IndexedDB. Every method rejects when the browser's storage fails. */
export interface TimelineStore {
  list(): Promise<TimelineSummary[]>;
  load(id: string): Promise<StoredTimeline | null>;
  /**
   * Saves a timeline if the stored one is still at `baseRevision` (null: not stored yet),
   * so that two tabs never silently overwrite each other's work.
   */
  save(id: string, document: unknown, baseRevision: number | null): Promise<SaveResult>;
  /** Moves a timeline to the trash; `restore` brings it back. */
  remove(id: string): Promise<void>;
  restore(id: string): Promise<TimelineSummary | null>;
  getSession(): Promise<SessionRecord | null>;
  setSession(session: SessionRecord): Promise<void>;
  close(): void;
}

export interface OpenStoreOptions {
  codec: DocumentCodec;
  name?: string;
  now?: () => string;
}

const SESSION_KEY = 'current';

/** Aborts a transaction that failed part way; one that already ended is left alone. */
function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the browser.
  }
}

/** Opens (creating or migrating) the database. Rejects when IndexedDB is unavailable. */
export async function openTimelineStore(options: OpenStoreOptions): Promise<TimelineStore> {
  const { codec } = options;
  const now = options.now ?? (() => new Date().toISOString());
  if (typeof indexedDB === 'undefined')
    throw new Error('This browser offers no storage (IndexedDB).');
  const db = await openDB<DatelinesDbV2>(options.name ?? DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, newVersion, tx) {
      migrate(
        database as unknown as IDBPDatabase,
        oldVersion,
        newVersion ?? DB_VERSION,
        tx as never,
        codec,
        now(),
      );
    },
    blocking() {
      // A newer version of the app opened in another tab: let it upgrade.
      db.close();
    },
  });

  return {
    async list() {
      const all = await db.getAll('summaries');
      return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async load(id) {
      return (await db.get('timelines', id)) ?? null;
    },
    async save(id, document, baseRevision) {
      const tx = db.transaction(['timelines', 'summaries'], 'readwrite');
      const current = await tx.objectStore('timelines').get(id);
      const currentRevision = current?.revision ?? null;
      if (currentRevision !== baseRevision) {
        await tx.done;
        return {
          ok: false,
          conflict: { revision: currentRevision, savedAt: current?.savedAt ?? null },
        };
      }
      const savedAt = now();
      const revision = (baseRevision ?? 0) + 1;
      try {
        await tx.objectStore('timelines').put({ id, revision, savedAt, document });
        await tx
          .objectStore('summaries')
          .put({ ...codec.summarize(document), id, savedAt, revision });
        await tx.done;
      } catch (error) {
        // All or nothing (storage full half way): the stored revision stays the one this
        // tab knows, so the next save is not mistaken for another tab's.
        abortQuietly(tx);
        throw error;
      }
      return { ok: true, revision, savedAt };
    },
    async remove(id) {
      const tx = db.transaction(['timelines', 'summaries', 'trash'], 'readwrite');
      const timeline = await tx.objectStore('timelines').get(id);
      const summary = await tx.objectStore('summaries').get(id);
      if (timeline && summary) {
        await tx.objectStore('trash').put({ id, deletedAt: now(), timeline, summary });
      }
      await tx.objectStore('timelines').delete(id);
      await tx.objectStore('summaries').delete(id);
      await tx.done;
    },
    async restore(id) {
      const tx = db.transaction(['timelines', 'summaries', 'trash'], 'readwrite');
      const trashed = await tx.objectStore('trash').get(id);
      if (!trashed) {
        await tx.done;
        return null;
      }
      // The restored copy is a new revision, so a tab still holding the old one cannot overwrite it.
      const revision = trashed.timeline.revision + 1;
      await tx.objectStore('timelines').put({ ...trashed.timeline, revision });
      const summary = { ...trashed.summary, revision };
      await tx.objectStore('summaries').put(summary);
      await tx.objectStore('trash').delete(id);
      await tx.done;
      return summary;
    },
    async getSession() {
      return (await db.get('session', SESSION_KEY)) ?? null;
    },
    async setSession(session) {
      await db.put('session', session, SESSION_KEY);
    },
    close() {
      db.close();
    },
  };
}
