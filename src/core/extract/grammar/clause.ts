import {
  BE_FORMS as BE,
  CLAUSE_LEAD_WORDS as OPENERS,
  CLAUSE_MODALS as MODALS,
  CLAUSE_PAST_FORMS as IRREGULAR_PAST,
  DETERMINERS,
  DO_FORMS as DO,
  HAVE_FORMS as HAVE,
  INNER_ADVERBS,
  IRREGULAR_PARTICIPLES,
  PARTICLES,
  PERSONAL_PRONOUNS,
  TRAILING_NON_SUBJECT,
} from '../lexicon/en/index.ts';
import { createWordReader, plainWordReader, type Word, type WordReader } from './tokens.ts';

/*
 * Just enough English clause structure for headlines and for telling a happening
 * ("were arrested", "came later") from commentary ("denies", "have spiraled"):
 * the subject, the verb group and its form. No tagger: auxiliaries and past forms
 * carry most of it in news prose.
 */

/** A stretch of the text by offsets, end exclusive. */
interface Range {
  start: number;
  end: number;
}

/** Characters read from the start of a clause. */
const CLAUSE_WINDOW = 500;

/** Simple past and past passive are single happenings; the rest is judged elsewhere. */
export type VerbForm = 'past' | 'past-passive' | 'perfect' | 'present' | 'future' | 'conditional';

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

function isRegularPast(word: Word): boolean {
  return /^[a-z]{2,}ed$/.test(word.lower);
}

function isParticiple(word: Word | undefined): boolean {
  return word !== undefined && (isRegularPast(word) || IRREGULAR_PARTICIPLES.has(word.lower));
}

/** True when the word can start a verb group at position `i`. */
function startsVerbGroup(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  if (BE.has(w.lower) || HAVE.has(w.lower) || MODALS.has(w.lower) || DO.has(w.lower)) return true;
  if (/^\p{Lu}/u.test(w.text) && i > 0) return false;
  // "the planned march", "a tense rally": after a determiner an -ed word is an adjective.
  if (prev !== undefined && DETERMINERS.has(prev.lower)) return false;
  return IRREGULAR_PAST.has(w.lower) || isRegularPast(w);
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

  const group: Word[] = [];
  let i = v;
  for (; i < words.length; i++) {
    const w = words[i]!;
    // After a modal, "do" is the main verb: "will do".
    const doAfterModal = DO.has(w.lower) && group.some((g) => MODALS.has(g.lower));
    const isAux =
      !doAfterModal &&
      (BE.has(w.lower) || HAVE.has(w.lower) || MODALS.has(w.lower) || DO.has(w.lower));
    if (isAux || (group.length > 0 && INNER_ADVERBS.has(w.lower))) {
      group.push(w);
      continue;
    }
    break;
  }
  const auxiliaries = group.filter((w) => !INNER_ADVERBS.has(w.lower));
  let main: Word;
  const next = words[i];
  if (auxiliaries.length === 0) {
    main = words[v]!;
    i = v + 1;
  } else if (
    next !== undefined &&
    (isParticiple(next) ||
      /ing$/.test(next.lower) ||
      MODALS.has(auxiliaries[0]!.lower) ||
      DO.has(auxiliaries[0]!.lower))
  ) {
    main = next;
    i++;
  } else {
    main = auxiliaries[auxiliaries.length - 1]!;
  }
  const particleWord = words[i];
  const particle =
    particleWord !== undefined &&
    PARTICLES.has(particleWord.lower) &&
    particleWord.start - main.end <= 1
      ? particleWord
      : undefined;

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
    main,
    modal: auxiliaries.find((w) => MODALS.has(w.lower)),
    particle,
    form: formOf(
      auxiliaries.map((w) => w.lower),
      main,
    ),
    end: (particle ?? main).end,
  };
}

function formOf(aux: readonly string[], main: Word): VerbForm {
  const firstAux = aux[0];
  if (firstAux === undefined)
    return IRREGULAR_PAST.has(main.lower) || isRegularPast(main) ? 'past' : 'present';
  if (firstAux === 'will' || firstAux === 'shall') return 'future';
  if (MODALS.has(firstAux)) return 'conditional';
  if (firstAux === 'has' || firstAux === 'have') return 'perfect';
  if (firstAux === 'was' || firstAux === 'were')
    return isParticiple(main) ? 'past-passive' : 'past';
  if (firstAux === 'had' || firstAux === 'did') return 'past';
  return 'present';
}
