import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

/**
 * The browser database, version by version.
 *
 * - Version 1 (the earliest): one store, `timelines`, keyed by `id`, each value a native
 *   `datelines/1` project (articles and events) as the app's JSON export writes it.
 * - Version 2 (current): each timeline is wrapped with its revision (for the two-tab
 *   check) and the time it was saved; its document is upgraded to the current native
 *   format; small summaries feed the Timelines page without reading whole articles;
 *   deleted timelines wait in `trash` so a delete can be undone; `session` remembers the
 *   open timeline and the selected event.
 */
export const DB_NAME = 'datelines';
export const DB_VERSION = 2;

/** What the Timelines page shows of a timeline. */
export interface TimelineSummary {
  id: string;
  title: string;
  /** Titles (or outlets) of its articles. */
  sources: string[];
  eventCount: number;
  /** ISO date-time of the last save. */
  savedAt: string;
  revision: number;
}

export interface StoredTimeline {
  id: string;
  /** Goes up by one with every save; a save based on an older revision is refused. */
  revision: number;
  savedAt: string;
  /** The native document (the app's project JSON, as an object). */
  document: unknown;
}

export interface TrashedTimeline {
  id: string;
  deletedAt: string;
  timeline: StoredTimeline;
  summary: TimelineSummary;
}

export interface SessionRecord {
  timelineId: string | null;
  selectedEventId: string | null;
}

export interface DatelinesDbV2 extends DBSchema {
  timelines: { key: string; value: StoredTimeline };
  summaries: { key: string; value: TimelineSummary };
  trash: { key: string; value: TrashedTimeline };
  session: { key: string; value: SessionRecord };
}

/** Turns an older native document into the current one; summarises a current one. */
export interface DocumentCodec {
  /** A `datelines/1` project (or any older document) in the current format. */
  upgrade: (document: unknown, now: string) => unknown;
  summarize: (document: unknown) => Omit<TimelineSummary, 'id' | 'savedAt' | 'revision'>;
}

type UpgradeTx = IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>;

/**
 * The steps from each version to the next, in order; `MIGRATIONS[n]` takes a database
 * at version n to n + 1. A new version appends a step and never edits an old one.
 */
const MIGRATIONS: readonly ((
  db: IDBPDatabase,
  tx: UpgradeTx,
  codec: DocumentCodec,
  now: string,
) => void)[] = [
  // 0 → 1: the first store, native projects keyed by id.
  (db) => {
    db.createObjectStore('timelines', { keyPath: 'id' });
  },
  // 1 → 2: wrap each project with a revision, upgrade its document, add summaries,
  // trash and session.
  (db, tx, codec, now) => {
    db.createObjectStore('summaries', { keyPath: 'id' });
    db.createObjectStore('trash', { keyPath: 'id' });
    db.createObjectStore('session');
    const timelines = tx.objectStore('timelines');
    const summaries = tx.objectStore('summaries');
    void (async () => {
      for (let cursor = await timelines.openCursor(); cursor; cursor = await cursor.continue()) {
        const old = cursor.value as { id: string };
        let document: unknown = old;
        try {
          document = codec.upgrade(old, now);
        } catch {
          // Kept as it was: opening it says it cannot be read, and nothing is lost.
        }
        const stored: StoredTimeline = { id: old.id, revision: 1, savedAt: now, document };
        await cursor.update(stored);
        const summary: TimelineSummary = {
          ...safeSummary(codec, document, old),
          id: old.id,
          savedAt: now,
          revision: 1,
        };
        await summaries.put(summary);
      }
    })();
  },
];

/** Runs every step from `oldVersion` up to `newVersion` inside the upgrade transaction. */
export function migrate(
  db: IDBPDatabase,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
  codec: DocumentCodec,
  now: string,
): void {
  for (let version = oldVersion; version < newVersion; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from database version ${version}`);
    step(db, tx, codec, now);
  }
}

function safeSummary(codec: DocumentCodec, document: unknown, old: unknown) {
  try {
    return codec.summarize(document);
  } catch {
    const title = (old as { title?: unknown }).title;
    return { title: typeof title === 'string' ? title : 'Untitled', sources: [], eventCount: 0 };
  }
}
