/**
 * A mistake in how the command was called or in what it was given (missing file, bad
 * date, not a TimeML file). Shown as one line on stderr, exit code 2, no stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes: 0 done, 1 something broke inside, 2 the user's input was wrong. */
export const EXIT = { ok: 0, internal: 1, usage: 2 } as const;
