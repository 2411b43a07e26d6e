import { describe, expect, it } from 'vitest';
import type { DocumentSnapshot } from '../model/index.ts';
import { articleIdsInHistory, EMPTY_HISTORY, recordStep, redoStep, undoStep } from './history.ts';

const snap = (n: number): DocumentSnapshot => ({
  edits: [],
  rejectedSuggestions: [`s${n}`],
  publishedOn: {},
});

describe('history', () => {
  it('undoes back to each recorded state and redoes forward again', () => {
    let history = EMPTY_HISTORY;
    let current = snap(0);
    for (const n of [1, 2, 3]) {
      history = recordStep(history, `step ${n}`, current);
      current = snap(n);
    }
    const seen: string[] = [];
    for (;;) {
      const move = undoStep(history, current);
      if (!move) break;
      seen.push(`${move.label}→${move.snapshot.rejectedSuggestions[0]}`);
      history = move.history;
      current = move.snapshot;
    }
    expect(seen).toEqual(['step 3→s2', 'step 2→s1', 'step 1→s0']);
    const redone: string[] = [];
    for (;;) {
      const move = redoStep(history, current);
      if (!move) break;
      redone.push(move.snapshot.rejectedSuggestions[0]!);
      history = move.history;
      current = move.snapshot;
    }
    expect(redone).toEqual(['s1', 's2', 's3']);
  });

  it('forgets what was undone once something new is done', () => {
    const h1 = recordStep(EMPTY_HISTORY, 'a', snap(0));
    const undone = undoStep(h1, snap(1))!;
    expect(undone.history.future).toHaveLength(1);
    expect(recordStep(undone.history, 'b', snap(0)).future).toEqual([]);
  });

  it('has nothing to undo or redo at the start', () => {
    expect(undoStep(EMPTY_HISTORY, snap(0))).toBeNull();
    expect(redoStep(EMPTY_HISTORY, snap(0))).toBeNull();
  });

  it('keeps only the latest steps up to the limit', () => {
    let history = EMPTY_HISTORY;
    for (let n = 0; n < 5; n++) history = recordStep(history, `s${n}`, snap(n), 3);
    expect(history.past.map((e) => e.label)).toEqual(['s2', 's3', 's4']);
  });

  it('names every article a step could bring back, past or future', () => {
    const withArticles = (ids: string[] | undefined): DocumentSnapshot => ({
      ...snap(0),
      ...(ids ? { articleIds: ids } : {}),
    });
    let history = recordStep(EMPTY_HISTORY, 'Add article', withArticles(['a']));
    history = recordStep(history, 'Edit event', withArticles(undefined));
    const undone = undoStep(history, withArticles(['a', 'b']))!;
    expect([...articleIdsInHistory(undone.history)].sort()).toEqual(['a', 'b']);
    expect([...articleIdsInHistory(EMPTY_HISTORY)]).toEqual([]);
  });
});
