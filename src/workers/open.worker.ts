/// <reference lib="webworker" />
import { projectCodec } from '../app/storage/projectCodec.ts';
import { openTimelineStore } from '../app/storage/timelineStore.ts';
import { importAnswers, storedAnswers } from '../app/open/openJob.ts';
import type { OpenRequest, OpenResponse } from '../app/open/openProtocol.ts';

// The DOM and WebWorker libs are both loaded, so `self` needs telling which it is.
const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * Opens big timelines off the main thread: reads an imported file or a stored record,
 * parses and checks it here (JSON.parse, the zod schemas, upgrades), and sends the page
 * only the checked project, in pieces it receives a short task at a time.
 */
async function answer(request: OpenRequest): Promise<OpenResponse[]> {
  if (request.kind === 'file') {
    let text: string;
    try {
      text = await request.file.text();
    } catch {
      const errors = [{ path: '', message: 'the file could not be read; try opening it again' }];
      return [{ id: request.id, kind: 'done', ok: false, failure: { kind: 'invalid', errors } }];
    }
    return importAnswers(request.id, text, { fileName: request.fileName, now: request.now });
  }
  try {
    const store = await openTimelineStore({ codec: projectCodec });
    try {
      return storedAnswers(request.id, await store.load(request.timelineId));
    } finally {
      // One worker per open: the connection must not block another tab's upgrade.
      store.close();
    }
  } catch (error) {
    return [
      {
        id: request.id,
        kind: 'done',
        ok: false,
        failure: {
          kind: 'storage',
          name: error instanceof Error ? error.name : 'Error',
          message: error instanceof Error ? error.message : String(error),
        },
      },
    ];
  }
}

scope.onmessage = async ({ data }: MessageEvent<OpenRequest>) => {
  for (const response of await answer(data)) scope.postMessage(response);
};
