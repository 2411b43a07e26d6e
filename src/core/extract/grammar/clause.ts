import {
  CLAUSE_LEAD_WORDS as OPENERS,
  PERSONAL_PRONOUNS,
  TRAILING_NON_SUBJECT,
} from '../lexicon/en/index.ts';
import { createWordReader, plainWordReader, type Word, type WordReader } from './tokens.ts';
import { readVerbGroup, startsVerbGroup, type VerbForm } from './verbGroup.ts';

export type { VerbForm } from './verbGroup.ts';

/*
 * Just enough English clause structure for headlines and for telling a happening
 * ("were arrested", "came later") from commentary ("denies", "have spiraled"):
 * the subject, and the verb group as the one verb-group reader (`verbGroup.ts`)
 * reads it.
 */

/** A stretch of the text by offsets, end exclusive. */
interface Range {
  start: number;
  end: number;
}

/** Characters read from the start of a clause. */
const CLAUSE_WINDOW = 500;

/** The subject and verb group of a clause. */
export interface ClauseVerb {
  /** Words before the verb group, after a leading "But"/"Then"; absent when there are none. */
  subject?: Range;
  subjectIsPronoun: boolean;
  /** The main verb ("arrested" in "were arrested"); the auxiliary itself for "are back". */
  main: Word;
  /** "will", "would" when the group has one: headlines keep it. */
  modal?: Word;
  /** "up" in "rounded up". */
  particle?: Word;
  form: VerbForm;
  /** Where the verb group (with its particle) ends: the complements start here. */
  end: number;
}

/** Finds the clause verb of `text[start, end)` for one text ({@link findClauseVerb}). */
export type ClauseReader = (start: number, end: number) => ClauseVerb | undefined;

/**
 * {@link findClauseVerb} over one text, each range read once: steps ask about the same
 * sentences and quotes again (heads, titles, inherited dates). One per extraction.
 *
 * @example const clauseVerb = createClauseReader(text); clauseVerb(0, 35)?.main.text // 'arrested'
 */
export function createClauseReader(
  text: string,
  words: WordReader = createWordReader(text),
): ClauseReader {
  const read = new Map<string, ClauseVerb | undefined>();
  return (start, end) => {
    const key = `${start}:${end}`;
    if (read.has(key)) return read.get(key);
    const clause = findClauseVerb(text, start, end, words);
    read.set(key, clause);
    return clause;
  };
}

/**
 * Finds the subject and the first verb group of the clause in `text[start, end)`.
 *
 * @example findClauseVerb('Several demonstrators were arrested.', 0, 35)
 * // { subject: 'Several demonstrators', main: 'arrested', form: 'past-passive', ... }
 */
export function findClauseVerb(
  text: string,
  start: number,
  end: number,
  wordReader: WordReader = plainWordReader(text),
): ClauseVerb | undefined {
  // A clause's subject and verb come early: read a bounded stretch, whatever its length.
  const words = wordReader(start, Math.min(end, start + CLAUSE_WINDOW)).slice(0, 60);
  let first = 0;
  while (first < words.length && OPENERS.has(words[first]!.lower)) first++;
  let v = first;
  while (v < words.length && !startsVerbGroup(words, v)) v++;
  if (v >= words.length) return undefined;

  const group = readVerbGroup(words, v);

  // "they then pushed": an adverb before the verb is not part of the subject.
  let subjectEnd = v;
  while (subjectEnd > first && TRAILING_NON_SUBJECT.has(words[subjectEnd - 1]!.lower)) subjectEnd--;
  const subjectWords = words.slice(first, subjectEnd);
  const lastSubject = subjectWords[subjectWords.length - 1];
  return {
    subject:
      subjectWords.length > 0
        ? { start: subjectWords[0]!.start, end: lastSubject!.end }
        : undefined,
    subjectIsPronoun: lastSubject !== undefined && PERSONAL_PRONOUNS.has(lastSubject.lower),
    main: group.main,
    ...(group.modal ? { modal: group.modal } : {}),
    ...(group.particle ? { particle: group.particle } : {}),
    form: group.form,
    end: (group.particle ?? group.main).end,
  };
}
