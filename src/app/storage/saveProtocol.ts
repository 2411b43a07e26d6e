import type { Project } from '../../core/model/index.ts';
import type { PieceList } from './projectPieces.ts';
import type { SaveResult } from './timelineStore.ts';

/** What the app sends the saving worker: a project's head, its pieces, then the order to save. */
export type SaveRequest =
  | {
      saveId: number;
      kind: 'begin';
      timelineId: string;
      baseRevision: number | null;
      head: Project;
    }
  | { saveId: number; kind: 'piece'; list: PieceList; items: unknown[] }
  | { saveId: number; kind: 'commit' };

/** The outcome of one save; a failure keeps the error's name (QuotaExceededError, …). */
export type SaveResponse =
  | { saveId: number; ok: true; result: SaveResult }
  | { saveId: number; ok: false; name: string; message: string };
