import type { ImportKind } from '../../core/formats/importFile.ts';
import { eventInterval } from '../../core/calendar/interval.ts';
import type { HandEdit, Project, TimelineEvent } from '../../core/model/index.ts';
import type { OpenFailure, OpenOrder, OpenRequest, OpenResponse } from './openProtocol.ts';
import { joinProject, type PieceList } from '../storage/projectPieces.ts';

/** The part of a `Worker` the client uses, so tests can pass a fake. */
export interface OpenWorkerLike {
  postMessage: (message: OpenRequest) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<OpenResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A checked project, or why there is none. */
export type Opened =
  | { ok: true; project: Project; importKind: ImportKind | null; revision: number | null }
  | { ok: false; failure: OpenFailure };

/** Whether this browser can run the opening worker (not in Node tests, for one). */
export const canOpenInWorker = () => typeof Worker !== 'undefined';

/**
 * Whether an opening goes to the worker: always with a worker given (tests), never when
 * told null (tests reading on the page), else where the browser can run one.
 */
export function opensInWorker(
  createWorker: (() => OpenWorkerLike) | null | undefined,
): createWorker is (() => OpenWorkerLike) | undefined {
  return createWorker !== null && (createWorker !== undefined || canOpenInWorker());
}

function startWorker(): OpenWorkerLike {
  return new Worker(new URL('../../workers/open.worker.ts', import.meta.url), {
    type: 'module',
  });
}

/**
 * Puts the worker's answers together, in the order they come: a head, pieces, then
 * `done`. `add` gives the outcome at `done`, null before. Pure; answers for another
 * request id are ignored.
 */
export function collectAnswers(id: number) {
  let head: Project | null = null;
  const pieces: { list: PieceList; items: unknown[] }[] = [];
  return {
    add(response: OpenResponse): Opened | null {
      if (response.id !== id) return null;
      switch (response.kind) {
        case 'head':
          head = response.head;
          return null;
        case 'piece':
          pieces.push({ list: response.list, items: response.items });
          readDates(response.list, response.items);
          return null;
        case 'done':
          if (!response.ok) return { ok: false, failure: response.failure };
          if (!head)
            return {
              ok: false,
              failure: { kind: 'storage', name: 'Error', message: 'The answer had no project.' },
            };
          return {
            ok: true,
            project: joinProject(head, pieces),
            importKind: response.importKind,
            revision: response.revision,
          };
      }
    },
  };
}

/**
 * Reads the dates of a piece's events as it arrives (a few milliseconds a piece), so that
 * sorting and drawing ten thousand events when the timeline opens finds them already read
 * (`eventInterval` keeps each date object's interval). The project's own `events` list
 * is what was shown when saved; the editor rebuilds it from the engine's events and the
 * hand edits, so only those are read.
 */
function readDates(list: PieceList, items: readonly unknown[]): void {
  if (list === 'events') return;
  for (const item of items) {
    if (list !== 'edits') {
      eventInterval((item as TimelineEvent).date);
      continue;
    }
    const edit = item as HandEdit;
    if (edit.kind === 'add') eventInterval(edit.event.date);
    else if (edit.kind === 'change') eventInterval(edit.fallback.date);
  }
}

let nextId = 1;

/**
 * Opens a file or a stored timeline in a Web Worker: the reading, JSON parsing and zod
 * checking of ten thousand events happen there, and the page receives the checked
 * project a piece per task. One worker per open, stopped when it answers. Rejects only
 * when the worker cannot start or stops unexpectedly.
 */
export function openInWorker(
  order: OpenOrder,
  createWorker: () => OpenWorkerLike = startWorker,
): Promise<Opened> {
  const id = nextId++;
  return new Promise<Opened>((resolve, reject) => {
    let worker: OpenWorkerLike;
    try {
      worker = createWorker();
    } catch (error) {
      reject(new Error(`Could not start the reader: ${describe(error)}`));
      return;
    }
    const answers = collectAnswers(id);
    worker.onmessage = ({ data }) => {
      const outcome = answers.add(data);
      if (!outcome) return;
      worker.terminate();
      resolve(outcome);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The reader stopped unexpectedly.'));
    };
    worker.postMessage({ ...order, id });
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
