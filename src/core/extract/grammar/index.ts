/**
 * The grammar layer shared by the date engine and the event builder: one sentence
 * splitter (`sentences.ts`), one word tokeniser (`tokens.ts`), one verb-group reader
 * (`verbGroup.ts`), the tense of the clause governing a span (`tense.ts`, its parts in
 * `tense/`), the subject and verb group of a clause (`clause.ts`), and `readGrammar`,
 * which reads one text once for all.
 */
export { readGrammar, type GrammarReader } from './reader.ts';
export { splitSentences, type Sentence } from './sentences.ts';
export {
  createWordReader,
  plainWordReader,
  wordsIn,
  type Word,
  type WordReader,
} from './tokens.ts';
export {
  createClauseReader,
  findClauseVerb,
  type ClauseReader,
  type ClauseVerb,
  type VerbForm,
} from './clause.ts';
export { readVerbGroup, startsVerbGroup, type VerbGroup } from './verbGroup.ts';
export {
  tenseAt,
  createTenseReader,
  createTenseReaders,
  namesUnplannedEvent,
  type TenseReader,
  type VerbTenseReader,
  type TenseReaderOptions,
} from './tense.ts';
