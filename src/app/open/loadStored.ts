import type { Project } from '../../core/model/index.ts';
import { parseProjectInSlices } from '../storage/slicedParse.ts';
import type { TimelineStore } from '../storage/timelineStore.ts';
import { openInWorker, opensInWorker, type OpenWorkerLike } from './openClient.ts';

/** A stored timeline as the editor opens it: the checked project and its revision. */
export interface StoredProject {
  project: Project;
  revision: number;
}

/**
 * Loads a saved timeline for the editor. In the opening worker, which reads the record
 * from IndexedDB and checks it there, so that neither cloning ten thousand events out of
 * the database nor checking them holds the page; where workers cannot run (or the worker
 * fails to start), here, checked a slice at a time. Null when there is no such timeline
 * or it is not a project; rejects when the browser's storage fails.
 */
export async function loadStoredProject(
  store: TimelineStore,
  id: string,
  createWorker?: (() => OpenWorkerLike) | null,
): Promise<StoredProject | null> {
  if (opensInWorker(createWorker)) {
    const opened = await openInWorker({ kind: 'stored', timelineId: id }, createWorker).catch(
      () => undefined,
    );
    if (opened?.ok) return { project: opened.project, revision: opened.revision ?? 0 };
    if (opened?.failure.kind === 'storage')
      throw new DOMException(opened.failure.message, opened.failure.name);
    if (opened) return null;
    // The worker could not run: read it here instead.
  }
  const record = await store.load(id);
  const project = record ? await parseProjectInSlices(record.document) : null;
  return record && project ? { project, revision: record.revision } : null;
}
