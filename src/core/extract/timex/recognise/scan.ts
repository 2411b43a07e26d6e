import type { Candidate } from '../types.ts';

/**
 * Runs a global regex over `text` and turns each match into candidates with `make`
 * (which may decline with `undefined`). Patterns are compiled once by the caller and
 * shared: each scan reads with its own copy, so no `lastIndex` state is kept in the
 * caller's regex between (or during) scans. Empty matches are skipped.
 *
 * Speed: a pattern that opens with `\b`, or with a hint such as `(?=[ab])`, is tried at
 * every position of the text; one that opens with words lets the regex engine search
 * for their letters. So where a pattern's first character is always a letter or digit,
 * it opens with `(?<!\w)`, the same test as `\b` there (several times faster on long
 * texts for some patterns; measured on the corpus before changing one).
 */
export function scan(
  text: string,
  pattern: RegExp,
  make: (match: RegExpExecArray) => Candidate | undefined,
): Candidate[] {
  if (!pattern.global) throw new TypeError(`scan needs a global pattern: /${pattern.source}/`);
  const found: Candidate[] = [];
  const reader = new RegExp(pattern.source, pattern.flags);
  const byCodePoint = /[uv]/.test(pattern.flags);
  for (let match = reader.exec(text); match; match = reader.exec(text)) {
    if (match[0].length === 0) {
      // Past the empty match, a whole character on: a surrogate pair in unicode mode.
      const at = reader.lastIndex;
      const pair = byCodePoint && (text.codePointAt(at) ?? 0) > 0xffff;
      reader.lastIndex = at + (pair ? 2 : 1);
      continue;
    }
    const candidate = make(match);
    if (candidate) found.push(candidate);
  }
  return found;
}

/**
 * `scan`, skipped when `text` lacks `needle`: a string every match of `pattern` holds,
 * strings one of which every match holds, or a (non-global) pattern every match meets. A
 * search for a few letters spares a pattern tried at every position, which most short
 * articles never need (an era, a decade, a leading lookbehind).
 */
export function scanIfHas(
  text: string,
  needle: string | readonly string[] | RegExp,
  pattern: RegExp,
  make: (match: RegExpExecArray) => Candidate | undefined,
): Candidate[] {
  const found =
    typeof needle === 'string'
      ? text.includes(needle)
      : needle instanceof RegExp
        ? needle.test(text)
        : needle.some((n) => text.includes(n));
  return found ? scan(text, pattern, make) : [];
}

/** Start and end of a match, as candidate offsets. */
export function bounds(match: RegExpExecArray): { start: number; end: number } {
  return { start: match.index, end: match.index + match[0].length };
}

/**
 * Whether `[start, end)` is a quoted title rather than a time: it opens right after a
 * quotation mark and its last word is capitalised, as in the programme names "This
 * Week" or "60 Minutes". Running text does not capitalise "week" or "minutes".
 *
 * @example isQuotedTitle('on "This Week" today', 4, 13) // true
 */
export function isQuotedTitle(text: string, start: number, end: number): boolean {
  if (!/["“`']$/.test(text.slice(Math.max(0, start - 1), start))) return false;
  const words = text.slice(start, end).split(/[\s-]+/);
  return /^[A-Z]/.test(words[words.length - 1] ?? '');
}
