import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
} from 'react';
import type { Project, TimelineEvent } from '../../core/model/index.ts';
import type { Action } from '../../app/state/actions.ts';
import { newId, openTimeline } from '../../app/state/actions.ts';
import { createDefaultState, SEED_TIMELINE_ID, type AppState } from '../../app/state/appState.ts';
import { currentProject } from '../../app/state/selectors.ts';
import { projectCodec, readStoredProject } from '../../app/storage/projectCodec.ts';
import { loadStoredProject } from '../../app/open/loadStored.ts';
import { saveProject } from '../../app/storage/saveInPieces.ts';
import type { SessionRecord, TimelineSummary } from '../../app/storage/schema.ts';
import { openTimelineStore, type TimelineStore } from '../../app/storage/timelineStore.ts';
import { createTabSync, type TabMessage, type TabSync } from '../../app/storage/tabSync.ts';
import { describeStorageError, isQuotaError } from '../../app/storage/storageErrors.ts';

/** How saving goes, for the banner. */
export type SaveStatus =
  | { kind: 'loading' }
  | { kind: 'saved' }
  /** The browser's storage cannot be used at all: the app works in memory. */
  | { kind: 'unavailable'; message: string }
  /**
   * The last save failed (`full`: the browser's storage for this site is full): the work
   * is kept in memory and every later change tries again.
   */
  | { kind: 'failed'; message: string; full: boolean }
  /** Another tab saved or deleted this timeline: this tab stopped saving it. */
  | { kind: 'conflict'; reason: 'changed' | 'removed' };

interface Saved {
  id: string;
  revision: number | null;
  timeline: AppState['timeline'] | null;
  history: AppState['history'] | null;
  engineKey: string | null;
  /** Opened from storage: the first state seen is what is stored, not a change. */
  adoptNext: boolean;
}

/**
 * What the engine read, in a few words per event that do not depend on key order: a
 * stored reading and the same reading made again compare equal, so reopening a timeline
 * does not save it again (nor look like a change to other tabs). Cheap on thousands of events.
 */
function engineKeyOf(project: Project): string {
  return project.engine
    .map((r) => `${r.articleId}@${r.publishedOn}:${readingKeyOf(r.events)}`)
    .join('\n');
}

/** One reading's part of `engineKeyOf`, remembered per events array (readings are never changed in place). */
function readingKeyOf(events: readonly TimelineEvent[]): string {
  let key = readingKeys.get(events);
  if (key === undefined) {
    key = events
      .map(
        (e) =>
          `${e.id}|${e.title}|${e.status}|${e.date.start.value}|${e.date.end?.value ?? ''}|${e.sources.length}`,
      )
      .join(';');
    readingKeys.set(events, key);
  }
  return key;
}

const readingKeys = new WeakMap<readonly TimelineEvent[], string>();

const TAB_SESSION_KEY = 'datelines-open-timeline';

/**
 * This tab's own memory of where it was, so a reload returns to this tab's timeline even
 * when another tab opened a different one since; the database's session (the last tab to
 * change it) is for reopening the browser.
 */
function readTabSession(): SessionRecord | null {
  try {
    const raw = sessionStorage.getItem(TAB_SESSION_KEY);
    return raw ? (JSON.parse(raw) as SessionRecord) : null;
  } catch {
    return null;
  }
}

function writeTabSession(session: SessionRecord): void {
  try {
    sessionStorage.setItem(TAB_SESSION_KEY, JSON.stringify(session));
  } catch {
    // Without sessionStorage the database's session still serves.
  }
}

function failure(error: unknown): SaveStatus {
  return { kind: 'failed', message: describeStorageError(error), full: isQuotaError(error) };
}

/**
 * Keeps the open timeline in IndexedDB: loads the last one (or the example on first run),
 * saves every change as it happens, remembers the selected event, and lists, renames,
 * duplicates, deletes and restores saved timelines. A save that another tab overtook is
 * refused and reported, never written over.
 */
export function useSavedTimelines(
  state: AppState,
  dispatch: Dispatch<Action>,
  initialEventId: string | null,
) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'loading' });
  const [openId, setOpenId] = useState<string | null>(null);
  const [list, setList] = useState<TimelineSummary[]>([]);
  const store = useRef<TimelineStore | null>(null);
  const sync = useRef<TabSync | null>(null);
  const saved = useRef<Saved | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** The last document this tab meant to save. */
  const latest = useRef<Project | null>(null);
  /** Some change lives only in this tab's memory (not saved yet, or its save failed). */
  const unsaved = useRef(false);
  const statusRef = useRef(status);
  useEffect(() => {
    statusRef.current = status;
  }, [status]);

  const refreshList = useCallback(async () => {
    if (!store.current) return;
    try {
      setList(await store.current.list());
    } catch {
      // The list stays as it was; the next save reports the problem.
    }
  }, []);

  const onNews = useCallback(
    (message: TabMessage) => {
      void refreshList();
      const mine = saved.current;
      if (!mine || message.kind === 'listChanged' || message.timelineId !== mine.id) return;
      if (message.kind === 'removed') setStatus({ kind: 'conflict', reason: 'removed' });
      else if (mine.revision === null || message.revision > mine.revision)
        setStatus({ kind: 'conflict', reason: 'changed' });
    },
    [refreshList],
  );

  /** Shows a stored timeline in the editor. */
  const openStored = useCallback(
    async (id: string, selectedEventId: string | null = null): Promise<boolean> => {
      const db = store.current;
      // Read and checked off the page: ten thousand events checked at once hold it.
      const stored = db ? await loadStoredProject(db, id) : null;
      if (!stored) return false;
      const { project, revision } = stored;
      saved.current = {
        id,
        revision,
        timeline: null,
        history: null,
        engineKey: null,
        adoptNext: true,
      };
      // A transition: the first render of ten thousand events is done in slices, and
      // the state, the open id and the status change together.
      startTransition(() => {
        dispatch(openTimeline(project, selectedEventId));
        setOpenId(id);
        setStatus({ kind: 'saved' });
      });
      return true;
    },
    [dispatch],
  );

  // Start: open the database, then the timeline the user was on (or the example).
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let opened: TimelineStore;
      try {
        opened = await openTimelineStore({ codec: projectCodec });
      } catch (error) {
        if (cancelled) return;
        // Nothing is saved; changes are still noticed, to ask before the tab closes on them.
        saved.current = {
          id: state.timeline.id,
          revision: null,
          timeline: null,
          history: null,
          engineKey: null,
          adoptNext: true,
        };
        setOpenId(state.timeline.id);
        setStatus({ kind: 'unavailable', message: describeStorageError(error) });
        return;
      }
      if (cancelled) {
        opened.close();
        return;
      }
      store.current = opened;
      sync.current = createTabSync(onNews);
      try {
        const session = readTabSession() ?? (await opened.getSession());
        if (session === null) {
          // First run: the example, saved like any timeline.
          if (!(await openStored(SEED_TIMELINE_ID, initialEventId))) {
            saved.current = {
              id: SEED_TIMELINE_ID,
              revision: null,
              timeline: null,
              history: null,
              engineKey: null,
              adoptNext: false,
            };
            setOpenId(SEED_TIMELINE_ID);
            setStatus({ kind: 'saved' });
          }
        } else if (
          session.timelineId === null ||
          !(await openStored(session.timelineId, initialEventId ?? session.selectedEventId))
        ) {
          setOpenId(null);
          setStatus({ kind: 'saved' });
        }
        await refreshList();
      } catch (error) {
        setOpenId(state.timeline.id);
        setStatus(failure(error));
      }
    })();
    return () => {
      cancelled = true;
      sync.current?.close();
      store.current?.close();
      store.current = null;
    };
    // Runs once: the first state is the example, and later opens go through openStored.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const project = useMemo(
    () => currentProject(state),
    // The document is made of these three; selection and view changes are not saved here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.timeline, state.runs, state.history],
  );

  /** Saves a document after the saves before it; a failure is reported, never dropped. */
  const enqueueSave = useCallback((doc: Project) => {
    unsaved.current = true;
    queue.current = queue.current.then(async () => {
      const db = store.current;
      const base = saved.current;
      if (!db || !base || base.id !== doc.id) return;
      try {
        // A big timeline is written by a worker, sent to it in pieces.
        const result = await saveProject(db, doc, base.revision);
        if (result.ok) {
          if (saved.current?.id === doc.id)
            saved.current = { ...saved.current, revision: result.revision };
          // Only the latest change being stored means nothing waits in memory alone.
          if (latest.current === doc) unsaved.current = false;
          sync.current?.announce({ kind: 'saved', timelineId: doc.id, revision: result.revision });
          setStatus((s) => (s.kind === 'failed' || s.kind === 'saved' ? { kind: 'saved' } : s));
        } else {
          setStatus({
            kind: 'conflict',
            reason: result.conflict.revision === null ? 'removed' : 'changed',
          });
        }
      } catch (error) {
        setStatus(failure(error));
      }
    });
  }, []);

  // Save every change of the open timeline, one save after another.
  useEffect(() => {
    const mine = saved.current;
    if (!mine || openId !== state.timeline.id || mine.id !== state.timeline.id) return;
    // Here, not while rendering: for a long article's new reading, a task of its own.
    const engineKey = engineKeyOf(project);
    if (mine.adoptNext) {
      saved.current = {
        ...mine,
        timeline: state.timeline,
        history: state.history,
        engineKey,
        adoptNext: false,
      };
      return;
    }
    if (
      mine.timeline === state.timeline &&
      mine.history === state.history &&
      mine.engineKey === engineKey
    )
      return;
    latest.current = project;
    const kind = statusRef.current.kind;
    if (kind === 'conflict' || kind === 'unavailable' || kind === 'loading') {
      // A change of the user's kept in this tab only: leaving the page now would lose it.
      if (mine.timeline !== state.timeline || mine.history !== state.history)
        unsaved.current = true;
      return;
    }
    saved.current = { ...mine, timeline: state.timeline, history: state.history, engineKey };
    enqueueSave(project);
  }, [state.timeline, state.history, project, openId, enqueueSave]);

  // Work not stored yet: a save still under way (a big import takes seconds to write), or
  // work that lives only in this tab (storage full or missing, another tab's conflict). The
  // browser asks before the tab is closed or reloaded.
  useEffect(() => {
    if (status.kind === 'loading') return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!unsaved.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when a value is returned.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [status.kind]);

  // Remember the open timeline and selected event, for a reload or the next visit.
  useEffect(() => {
    if (status.kind === 'loading' || !store.current) return;
    const session = {
      timelineId: openId,
      selectedEventId: openId === state.timeline.id ? state.selectedEventId : null,
    };
    writeTabSession(session);
    queue.current = queue.current.then(() =>
      store.current?.setSession(session).catch(() => undefined),
    );
  }, [openId, state.timeline.id, state.selectedEventId, status.kind]);

  const run = useCallback(
    async <T>(work: (db: TimelineStore) => Promise<T>): Promise<T | undefined> => {
      const db = store.current;
      if (!db) return undefined;
      try {
        const result = await work(db);
        sync.current?.announce({ kind: 'listChanged' });
        await refreshList();
        return result;
      } catch (error) {
        setStatus(failure(error));
        return undefined;
      }
    },
    [refreshList],
  );

  const api = useMemo(
    () => ({
      /** A timeline made in the form: the state already holds it; save it as new. */
      adoptNew: (id: string) => {
        saved.current = {
          id,
          revision: null,
          timeline: null,
          history: null,
          engineKey: null,
          adoptNext: false,
        };
        setOpenId(id);
        if (statusRef.current.kind === 'conflict') setStatus({ kind: 'saved' });
      },
      open: (id: string) => openStored(id),
      rename: async (id: string, title: string) => {
        const clean = title.trim();
        if (!clean) return;
        await run(async (db) => {
          const record = await db.load(id);
          const doc = record ? readStoredProject(record.document) : null;
          if (!record || !doc) return;
          const result = await db.save(
            id,
            { ...doc, title: clean, updatedAt: new Date().toISOString() },
            record.revision,
          );
          if (result.ok)
            sync.current?.announce({ kind: 'saved', timelineId: id, revision: result.revision });
        });
      },
      duplicate: async (id: string) => {
        await run(async (db) => {
          const record = await db.load(id);
          const doc = record ? readStoredProject(record.document) : null;
          if (!doc) return;
          const at = new Date().toISOString();
          const copy = {
            ...doc,
            id: newId('timeline'),
            title: `${doc.title} (copy)`,
            createdAt: at,
            updatedAt: at,
          };
          await db.save(copy.id, copy, null);
        });
      },
      remove: async (id: string) => {
        await run(async (db) => {
          await db.remove(id);
          sync.current?.announce({ kind: 'removed', timelineId: id });
        });
        if (saved.current?.id === id) {
          saved.current = null;
          setOpenId(null);
        }
      },
      restore: async (id: string) => {
        await run((db) => db.restore(id));
      },
      /** Brings the example back: from the trash if it is there, else as new. */
      restoreExample: async () => {
        await run(async (db) => {
          if (await db.restore(SEED_TIMELINE_ID)) return;
          const seed = currentProject(createDefaultState());
          await db.save(seed.id, seed, null);
        });
      },
      /** After a conflict: show what the other tab saved. */
      loadLatest: async () => {
        const id = saved.current?.id ?? openId;
        if (id && !(await openStored(id, state.selectedEventId))) {
          saved.current = null;
          setOpenId(null);
          setStatus({ kind: 'saved' });
        }
      },
      /** After a conflict: keep this tab's version as a new timeline. */
      keepAsCopy: () => {
        const at = new Date().toISOString();
        const copy = {
          ...project,
          id: newId('timeline'),
          title: `${project.title} (this tab’s copy)`,
          createdAt: at,
          updatedAt: at,
        };
        saved.current = {
          id: copy.id,
          revision: null,
          timeline: null,
          history: null,
          engineKey: null,
          adoptNext: false,
        };
        setStatus({ kind: 'saved' });
        setOpenId(copy.id);
        dispatch(openTimeline(copy, state.selectedEventId));
      },
      /** After a failed save: try again with the timeline as it is now. */
      retrySave: () => {
        if (saved.current?.id === project.id) enqueueSave(project);
      },
      refreshList,
    }),
    [openStored, run, refreshList, dispatch, project, openId, state.selectedEventId, enqueueSave],
  );

  return { status, openId, list, project, ...api };
}
