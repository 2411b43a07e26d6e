import { safeParseProject, type Project } from '../model/index.ts';
import { parseFailure, parseJsonText, zodErrors, type ParseResult } from './parseResult.ts';

/**
 * A project as the native Datelines JSON file: pretty-printed, newline at the end.
 *
 * @example toProjectJson(project) // '{\n  "format": "datelines/2",\n ...}\n'
 */
export function toProjectJson(project: Project): string {
  return `${JSON.stringify(project, null, 2)}\n`;
}

/**
 * Reads a native Datelines JSON file, `datelines/2` or the earlier `datelines/1`
 * (upgraded on reading). Bad input gives every problem found (path and
 * message) and the text back; it never throws.
 *
 * @example parseProjectJson('{}') // { ok: false, errors: [{ path: 'format', ... }, ...], input: '{}' }
 */
export function parseProjectJson(text: string): ParseResult<Project> {
  const json = parseJsonText(text);
  if (!json.ok) return parseFailure(text, [json.error]);
  const result = safeParseProject(json.value);
  if (!result.success) return parseFailure(text, zodErrors(result.error));
  return { ok: true, value: result.data };
}
