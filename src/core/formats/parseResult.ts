import type { z } from 'zod';

/** One problem found in an imported file: where it is and what is wrong, in words. */
export interface FormatError {
  /** Where the problem is: `events[2].start_date.month`, `row 3, column start`, or `` for the whole file. */
  path: string;
  message: string;
}

/**
 * The outcome of reading a file: the value, or every problem found. A failure keeps the
 * text it was given so the caller can show it again or let the user fix it.
 */
export type ParseResult<T> =
  { ok: true; value: T } | { ok: false; errors: FormatError[]; input: string };

/** A failed result for `input`. */
export function parseFailure<T>(input: string, errors: FormatError[]): ParseResult<T> {
  return { ok: false, errors, input };
}

/**
 * A path in the object, as a person would write it.
 *
 * @example formatPath(['events', 2, 'date', 'start']) // 'events[2].date.start'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Zod's issues as readable errors, each with its path under `prefix`. */
export function zodErrors(error: z.ZodError, prefix: readonly PropertyKey[] = []): FormatError[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}

/** Parses JSON text, or says in one line why it is not JSON. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: FormatError } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { path: '', message: `not valid JSON: ${reason}` } };
  }
}
