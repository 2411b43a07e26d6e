import type { Candidate } from '../types.ts';

/**
 * Runs a global regex over `text` and turns each match into candidates with `make`
 * (which may decline with `undefined`). Patterns are compiled once by the caller.
 */
export function scan(
  text: string,
  pattern: RegExp,
  make: (match: RegExpExecArray) => Candidate | undefined,
): Candidate[] {
  const found: Candidate[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const candidate = make(match);
    if (candidate) found.push(candidate);
  }
  return found;
}

/** Start and end of a match, as candidate offsets. */
export function bounds(match: RegExpExecArray): { start: number; end: number } {
  return { start: match.index, end: match.index + match[0].length };
}
