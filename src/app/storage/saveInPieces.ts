import type { Project } from '../../core/model/index.ts';
import type { SaveRequest, SaveResponse } from './saveProtocol.ts';
import { cutProject, projectSize } from './projectPieces.ts';
import type { SaveResult, TimelineStore } from './timelineStore.ts';

/** Projects whose lists hold more items than this are saved by the worker, in pieces. */
export const SAVE_IN_PIECES_FROM = 1500;
/** Items per piece: a few milliseconds to send. */
const PIECE = 300;

/** The part of a `Worker` the saver uses, so tests can pass a fake. */
export interface SaveWorkerLike {
  postMessage: (message: SaveRequest) => void;
  onmessage: ((event: MessageEvent<SaveResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let shared: SaveWorkerLike | null = null;
function saveWorker(): SaveWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  shared ??= new Worker(new URL('../../workers/save.worker.ts', import.meta.url), {
    type: 'module',
  });
  return shared;
}

let nextSaveId = 1;
const waiting = new Map<number, { resolve: (r: SaveResult) => void; reject: (e: Error) => void }>();

function listen(worker: SaveWorkerLike) {
  worker.onmessage = ({ data }) => {
    const wait = waiting.get(data.saveId);
    if (!wait) return;
    waiting.delete(data.saveId);
    if (data.ok) wait.resolve(data.result);
    // As the database said it: "QuotaExceededError" still reads as storage full.
    else wait.reject(new DOMException(data.message, data.name));
  };
  worker.onerror = (event) => {
    for (const wait of waiting.values())
      wait.reject(new Error(event.message || 'The saving worker stopped.'));
    waiting.clear();
  };
}

/**
 * Saves a project as `store.save` does (refused when another tab saved since
 * `baseRevision`). A big project is sent to a worker in pieces, one short task each, and
 * written there, so saving ten thousand events never holds the page; a small one is
 * saved here at once.
 */
export async function saveProject(
  store: TimelineStore,
  project: Project,
  baseRevision: number | null,
  worker: () => SaveWorkerLike | null = saveWorker,
): Promise<SaveResult> {
  const w = projectSize(project) < SAVE_IN_PIECES_FROM ? null : worker();
  if (!w) return store.save(project.id, project, baseRevision);
  if (w.onmessage === null) listen(w);
  const saveId = nextSaveId++;
  const done = new Promise<SaveResult>((resolve, reject) =>
    waiting.set(saveId, { resolve, reject }),
  );
  const { head, pieces } = cutProject(project, PIECE);
  w.postMessage({ saveId, kind: 'begin', timelineId: project.id, baseRevision, head });
  for (const piece of pieces) {
    await nextTask();
    w.postMessage({ saveId, kind: 'piece', list: piece.list, items: piece.items });
  }
  w.postMessage({ saveId, kind: 'commit' });
  return done;
}
