/**
 * A regular-expression alternation of words from a lexicon list, longest first (so that
 * "the same" is tried before "the"), each escaped and with its spaces matching one space.
 * For rules that build a pattern from a language's words rather than writing them in.
 *
 * @example wordAlternation(['then', 'the same']) // 'the same|then'
 */
export function wordAlternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
