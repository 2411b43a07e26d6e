import { parseImportFile } from '../../core/formats/importFile.ts';
import { readStoredProject } from '../storage/projectCodec.ts';
import { answersFor, type OpenResponse } from './openProtocol.ts';

/**
 * What the opening worker answers for an imported file's text: every problem found, or
 * the checked project in pieces. The same reading as `parseImportFile` (native JSON,
 * TimelineJS JSON, CSV), done where it cannot hold the page.
 *
 * @example importAnswers(1, '{"events":[]}', { fileName: 'a.json', now })[0].kind // 'head'
 */
export function importAnswers(
  id: number,
  text: string,
  options: { fileName: string; now: string },
  size?: number,
): OpenResponse[] {
  const result = parseImportFile(text, options);
  if (!result.ok)
    return [{ id, kind: 'done', ok: false, failure: { kind: 'invalid', errors: result.errors } }];
  return answersFor(
    id,
    result.value.project,
    { importKind: result.value.kind, revision: null },
    size,
  );
}

/**
 * What the opening worker answers for a stored record: the project (older formats
 * upgraded) in pieces, or `missing` when there is no record or it is not a project.
 */
export function storedAnswers(
  id: number,
  record: { revision: number; document: unknown } | null,
  size?: number,
): OpenResponse[] {
  const project = record ? readStoredProject(record.document) : null;
  if (!record || !project) return [{ id, kind: 'done', ok: false, failure: { kind: 'missing' } }];
  return answersFor(id, project, { importKind: null, revision: record.revision }, size);
}
