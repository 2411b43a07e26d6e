import type { FormatError } from '../../core/formats/parseResult.ts';
import type { Project } from '../../core/model/index.ts';
import { openInWorker, opensInWorker, type OpenWorkerLike } from './openClient.ts';

/** A checked timeline, or why the file was refused, in words ending with a full stop. */
export type ImportOutcome = { ok: true; project: Project } | { ok: false; reason: string };

/**
 * Reads and checks a chosen file (native JSON, TimelineJS JSON or CSV, as
 * `parseImportFile` does): in the opening worker, so that ten thousand events never hold
 * the page; where workers cannot run, here. A refusal names the first problems found.
 */
export async function readImport(
  file: File,
  options: { now?: string; createWorker?: (() => OpenWorkerLike) | null } = {},
): Promise<ImportOutcome> {
  const now = options.now ?? new Date().toISOString();
  if (opensInWorker(options.createWorker)) {
    try {
      const opened = await openInWorker(
        { kind: 'file', file, fileName: file.name, now },
        options.createWorker,
      );
      if (opened.ok) return { ok: true, project: opened.project };
      const { failure } = opened;
      return {
        ok: false,
        reason:
          failure.kind === 'invalid'
            ? describe(failure.errors)
            : failure.kind === 'storage'
              ? `${failure.message}.`
              : 'it holds no timeline.',
      };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }
  // The readers (zod schemas, the CSV parser) load when someone imports.
  const { parseImportFile } = await import('../../core/formats/importFile.ts');
  const result = parseImportFile(await file.text(), { fileName: file.name, now });
  return result.ok
    ? { ok: true, project: result.value.project }
    : { ok: false, reason: describe(result.errors) };
}

/** The first problems, each with where it is: "events[2].start_date.month: month must be 1 to 12". */
export function describe(errors: readonly FormatError[]): string {
  const shown = errors
    .slice(0, 3)
    .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))
    .join('; ');
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more problems)` : '';
  return `${shown}${more}.`;
}
