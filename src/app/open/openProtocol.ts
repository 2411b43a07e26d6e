import type { ImportKind } from '../../core/formats/importFile.ts';
import type { FormatError } from '../../core/formats/parseResult.ts';
import type { Project } from '../../core/model/index.ts';
import { cutProject, type PieceList } from '../storage/projectPieces.ts';

/**
 * What the page asks the opening worker: read and check a file a person chose to import,
 * or a timeline saved in the app's database. Either way the page gets back only a checked
 * project, in pieces.
 */
export type OpenOrder =
  | { kind: 'file'; file: Blob; fileName: string; now: string }
  | { kind: 'stored'; timelineId: string };

/** An order as sent, with the id its answers carry. */
export type OpenRequest = OpenOrder & { id: number };

/** Why an open failed: the file's problems, or the browser's storage refusing (by name). */
export type OpenFailure =
  | { kind: 'invalid'; errors: FormatError[] }
  | { kind: 'missing' }
  | { kind: 'storage'; name: string; message: string };

/**
 * The worker's answer, in order: the project's head (its long lists empty), its lists in
 * pieces (each cloned into the page in a short task of its own), then `done`.
 */
export type OpenResponse =
  | { id: number; kind: 'head'; head: Project }
  | { id: number; kind: 'piece'; list: PieceList; items: unknown[] }
  | {
      id: number;
      kind: 'done';
      ok: true;
      /** What kind of file it was (null for a stored timeline). */
      importKind: ImportKind | null;
      /** The stored revision (null for a file). */
      revision: number | null;
    }
  | { id: number; kind: 'done'; ok: false; failure: OpenFailure };

/** Items per piece: a few milliseconds for the page to receive. */
export const OPEN_PIECE = 250;

/**
 * The answer for a project that was read and checked: its head, its pieces, then `done`.
 *
 * @example answersFor(1, project, { importKind: 'csv', revision: null }).at(-1)
 * // { id: 1, kind: 'done', ok: true, importKind: 'csv', revision: null }
 */
export function answersFor(
  id: number,
  project: Project,
  meta: { importKind: ImportKind | null; revision: number | null },
  size: number = OPEN_PIECE,
): OpenResponse[] {
  const { head, pieces } = cutProject(project, size);
  return [
    { id, kind: 'head', head },
    ...pieces.map((piece): OpenResponse => ({ id, kind: 'piece', ...piece })),
    { id, kind: 'done', ok: true, ...meta },
  ];
}
