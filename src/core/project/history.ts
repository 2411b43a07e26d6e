import type { DocumentSnapshot, History, HistoryEntry } from '../model/index.ts';

/** How many steps back undo reaches. */
export const HISTORY_LIMIT = 200;

export const EMPTY_HISTORY: History = { past: [], future: [] };

/**
 * Records a step: `before` is the state the step left, `label` what it did. Doing
 * something new forgets what was undone.
 *
 * @example recordStep(EMPTY_HISTORY, 'Delete event', before).past.length // 1
 */
export function recordStep(
  history: History,
  label: string,
  before: DocumentSnapshot,
  limit = HISTORY_LIMIT,
): History {
  const past = [...history.past, { label, snapshot: before }];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

export interface HistoryMove {
  history: History;
  /** The state to go to. */
  snapshot: DocumentSnapshot;
  /** What was undone or redone. */
  label: string;
}

/**
 * Steps back: the last recorded state returns and the current one can be redone.
 * Null when there is nothing to undo.
 */
export function undoStep(history: History, current: DocumentSnapshot): HistoryMove | null {
  const last = history.past.at(-1);
  if (!last) return null;
  const redo: HistoryEntry = { label: last.label, snapshot: current };
  return {
    history: { past: history.past.slice(0, -1), future: [redo, ...history.future] },
    snapshot: last.snapshot,
    label: last.label,
  };
}

/** Steps forward again after an undo. Null when there is nothing to redo. */
export function redoStep(history: History, current: DocumentSnapshot): HistoryMove | null {
  const next = history.future[0];
  if (!next) return null;
  const undo: HistoryEntry = { label: next.label, snapshot: current };
  return {
    history: { past: [...history.past, undo], future: history.future.slice(1) },
    snapshot: next.snapshot,
    label: next.label,
  };
}

/**
 * Every article id a step of the history names (what undo or redo could bring back).
 *
 * @example articleIdsInHistory({ past: [{ label: 'Add article', snapshot: { ..., articleIds: ['a'] } }], future: [] }) // Set {'a'}
 */
export function articleIdsInHistory(history: History): Set<string> {
  const ids = new Set<string>();
  for (const entry of [...history.past, ...history.future])
    for (const id of entry.snapshot.articleIds ?? []) ids.add(id);
  return ids;
}
