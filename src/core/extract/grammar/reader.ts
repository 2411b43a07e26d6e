import { createClauseReader, type ClauseReader } from './clause.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { createTenseReaders, type TenseReader, type VerbTenseReader } from './tense.ts';
import { createWordReader, type WordReader } from './tokens.ts';

/**
 * One text read for grammar: split into sentences once, tokenised once, each sentence's
 * verbs read once (for tense, and for the subject and verb of a clause), for the date engine and the event builder alike. One per extraction
 * (it keeps what it has read; nothing is kept between texts).
 */
export interface GrammarReader {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** The words of `text[start, end)`. */
  readonly words: WordReader;
  /** The tense of the clause that governs `text[start, end)`. */
  readonly tense: TenseReader;
  /** The tenses of the verb groups in `text[start, end)`. */
  readonly verbTenses: VerbTenseReader;
  /** The subject and verb group of the clause in `text[start, end)`. */
  readonly clause: ClauseReader;
}

/**
 * Reads `text` for grammar, sharing the sentences when they are already split.
 *
 * @example const grammar = readGrammar('Police arrested him on Tuesday.'); grammar.tense(23, 30) // 'past'
 */
export function readGrammar(
  text: string,
  sentences: readonly Sentence[] = splitSentences(text),
): GrammarReader {
  const words = createWordReader(text);
  const { tense, verbTenses } = createTenseReaders(text, { sentences, words });
  return {
    text,
    sentences,
    words,
    tense,
    verbTenses,
    clause: createClauseReader(text, words),
  };
}
