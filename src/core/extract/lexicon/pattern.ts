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
    .map(escapeWord)
    .join('|');
}

/**
 * A regular-expression alternation of words in the list's own order, each escaped: for
 * rules where the order the lexicon gives is the order the words are tried in (the first
 * that fits wins, so a phrase is listed before its first word).
 *
 * @example wordsInOrder(['this past', 'this', 'St.']) // 'this past|this|St\\.'
 */
export function wordsInOrder(words: Iterable<string>): string {
  return [...words].map(escapeWord).join('|');
}

/**
 * A word whose first letter may be written either case, as at the start of a sentence.
 *
 * @example eitherCaseInitial('the') // '[Tt]he'
 */
export function eitherCaseInitial(word: string): string {
  const first = word.charAt(0);
  return `[${first.toUpperCase()}${first.toLowerCase()}]${escapeWord(word.slice(1))}`;
}

/**
 * A pattern whose straight apostrophes also match a curly one, as news prints both.
 *
 * @example eitherApostrophe("New Year's Day") // "New Year['’]s Day"
 */
export function eitherApostrophe(pattern: string): string {
  return pattern.replace(/'/g, "['’]");
}

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A character class of the letters the words start with, in the order first met: a
 * cheap lookahead that spares a costlier test at positions where none of them starts.
 *
 * @example firstLetters(['a', 'an', 'per']) // '[ap]'
 */
export function firstLetters(words: Iterable<string>): string {
  return `[${[...new Set([...words].map((w) => w.charAt(0)))].join('')}]`;
}

/**
 * An alternation of the words in the list's order, each with an optional ending: the
 * plural "s" of "years?", written once rather than listing both forms.
 *
 * @example withOptionalEnding(['year', 'day'], 's') // 'years?|days?'
 */
export function withOptionalEnding(words: Iterable<string>, ending: string): string {
  const optional = ending.length === 1 ? `${escapeWord(ending)}?` : `(?:${escapeWord(ending)})?`;
  return [...words].map((w) => `${escapeWord(w)}${optional}`).join('|');
}
