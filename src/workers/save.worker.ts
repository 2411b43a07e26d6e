/// <reference lib="webworker" />
import type { Project } from '../core/model/index.ts';
import { joinProject, type PieceList } from '../app/storage/projectPieces.ts';
import { projectCodec } from '../app/storage/projectCodec.ts';
import { openTimelineStore, type TimelineStore } from '../app/storage/timelineStore.ts';
import type { SaveRequest, SaveResponse } from '../app/storage/saveProtocol.ts';

// The DOM and WebWorker libs are both loaded, so `self` needs telling which it is.
const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * Saves big timelines into the app's IndexedDB database off the main thread: the page
 * sends a project in pieces (each a short task to send), and the one long step, writing
 * it to the database, happens here. Revisions are checked as the page's own saves do.
 */
let store: Promise<TimelineStore> | null = null;
const open = new Map<
  number,
  {
    timelineId: string;
    baseRevision: number | null;
    head: Project;
    pieces: { list: PieceList; items: unknown[] }[];
  }
>();

scope.onmessage = async ({ data }: MessageEvent<SaveRequest>) => {
  if (data.kind === 'begin') {
    open.set(data.saveId, { ...data, pieces: [] });
    return;
  }
  const save = open.get(data.saveId);
  if (!save) return;
  if (data.kind === 'piece') {
    save.pieces.push({ list: data.list, items: data.items });
    return;
  }
  open.delete(data.saveId);
  let response: SaveResponse;
  try {
    store ??= openTimelineStore({ codec: projectCodec });
    const db = await store;
    const result = await db.save(
      save.timelineId,
      joinProject(save.head, save.pieces),
      save.baseRevision,
    );
    response = { saveId: data.saveId, ok: true, result };
  } catch (error) {
    store = null;
    response = {
      saveId: data.saveId,
      ok: false,
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  scope.postMessage(response);
};
