import * as lexicon from '../lexicon/en/index.ts';
import type { Word } from './tokens.ts';

/*
 * The one reader of English verb groups, for the tense reader (`tense.ts`) and the
 * clause reader (`clause.ts`) alike: which words are auxiliaries, adverbs inside a
 * group, participles and bare verbs, and the group a clause's verb opens (its
 * auxiliaries, main verb, particle and form). No tagger: auxiliaries and past forms
 * carry most of it in news prose.
 */

// Read once into locals: hot loops then touch no module bindings.
const {
  AUX_ADVERBS,
  BEFORE_BARE_VERB,
  BE_FORMS: BE,
  CLAUSE_MODALS,
  CLAUSE_PAST_FORMS,
  DETERMINERS,
  DO_FORMS: DO,
  FUTURE_AUX,
  HAVE_FORMS: HAVE,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PAST,
  MODALS,
  NOT_PAST_ED,
  PARTICLES,
  PAST_ABILITY,
  hasIngEnding,
  hasRegularPastEnding,
  isLyAdverb,
} = lexicon;

/** Simple past and past passive are single happenings; the rest is judged elsewhere. */
export type VerbForm = 'past' | 'past-passive' | 'perfect' | 'present' | 'future' | 'conditional';

/** A verb group read from a list of words: "were then rounded up", "will rule", "came". */
export interface VerbGroup {
  /** Index of the group's first word. */
  first: number;
  /** Index of the first word after the group (after its particle). */
  after: number;
  /** The auxiliaries in order, adverbs between them left out: "has", "been". */
  auxiliaries: Word[];
  /** The main verb ("arrested" in "were arrested"); the auxiliary itself for "are back". */
  main: Word;
  /** "will", "would" when the group has one. */
  modal?: Word;
  /** "up" in "rounded up". */
  particle?: Word;
  form: VerbForm;
}

/** A modal, "will" or a form of "be", "have" or "do": what opens a group before its verb. */
function isGroupAuxiliary(lower: string): boolean {
  return BE.has(lower) || HAVE.has(lower) || CLAUSE_MODALS.has(lower) || DO.has(lower);
}

/** "arrested", "rounded": a regular past or participle, not "need" or "hundred". */
export function isRegularPast(lower: string): boolean {
  return hasRegularPastEnding(lower) && !NOT_PAST_ED.has(lower);
}

/** A past participle: regular ("arrested"), irregular ("taken", "held", "had"). */
export function isParticiple(lower: string | undefined): boolean {
  return (
    lower !== undefined &&
    (isRegularPast(lower) || IRREGULAR_PARTICIPLES.has(lower) || IRREGULAR_PAST.has(lower))
  );
}

/**
 * Whether a finite verb group can start at word `i`: an auxiliary, or a past form not
 * written with a capital inside the sentence and not after a determiner ("the planned
 * march", "a tense rally": there an -ed word is an adjective).
 *
 * @example startsVerbGroup(wordsIn('The planned strike was cancelled.', 0, 33), 1) // false
 */
export function startsVerbGroup(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  if (isGroupAuxiliary(w.lower)) return true;
  if (/^\p{Lu}/u.test(w.text) && i > 0) return false;
  if (prev !== undefined && DETERMINERS.has(prev.lower)) return false;
  return CLAUSE_PAST_FORMS.has(w.lower) || isRegularPast(w.lower);
}

/**
 * Reads the verb group that starts at word `first` (see {@link startsVerbGroup}): its
 * auxiliaries with the adverbs between them, the main verb after them, a particle
 * right after the verb, and the group's form.
 *
 * @example readVerbGroup(wordsIn('were then rounded up', 0, 20), 0).main.text // 'rounded'
 */
export function readVerbGroup(words: readonly Word[], first: number): VerbGroup {
  const group: Word[] = [];
  let i = first;
  for (; i < words.length; i++) {
    const w = words[i]!;
    // After a modal, "do" is the main verb: "will do".
    const doAfterModal = DO.has(w.lower) && group.some((g) => CLAUSE_MODALS.has(g.lower));
    if (
      (!doAfterModal && isGroupAuxiliary(w.lower)) ||
      (group.length > 0 && isAuxAdverb(w.lower))
    ) {
      group.push(w);
      continue;
    }
    break;
  }
  const auxiliaries = group.filter((w) => !isAuxAdverb(w.lower));
  let main: Word;
  const next = words[i];
  if (auxiliaries.length === 0) {
    main = words[first]!;
    i = first + 1;
  } else if (
    next !== undefined &&
    (isParticiple(next.lower) ||
      hasIngEnding(next.lower) ||
      CLAUSE_MODALS.has(auxiliaries[0]!.lower) ||
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
  const modal = auxiliaries.find((w) => CLAUSE_MODALS.has(w.lower));
  return {
    first,
    after: particle ? i + 1 : i,
    auxiliaries,
    main,
    ...(modal ? { modal } : {}),
    ...(particle ? { particle } : {}),
    form: formOf(auxiliaries, main),
  };
}

function formOf(auxiliaries: readonly Word[], main: Word): VerbForm {
  const firstAux = auxiliaries[0]?.lower;
  if (firstAux === undefined)
    return CLAUSE_PAST_FORMS.has(main.lower) || isRegularPast(main.lower) ? 'past' : 'present';
  if (FUTURE_AUX.has(firstAux) && firstAux !== 'would') return 'future';
  if (CLAUSE_MODALS.has(firstAux)) return 'conditional';
  if (firstAux === 'has' || firstAux === 'have')
    return perfectAt(auxiliaries, main, 0) ? 'perfect' : 'present';
  if (firstAux === 'was' || firstAux === 'were')
    return isParticiple(main.lower) ? 'past-passive' : 'past';
  if (firstAux === 'had' || firstAux === 'did') return 'past';
  return 'present';
}

/**
 * Whether the auxiliary at `k` of a group is a "have" followed by a participle: "has
 * fallen", "have also been told", "would have said", "has had".
 */
function perfectAt(auxiliaries: readonly Word[], main: Word, k: number): boolean {
  const have = auxiliaries[k];
  if (have === undefined || !HAVE.has(have.lower)) return false;
  const next = auxiliaries[k + 1] ?? (main !== have ? main : undefined);
  return next !== undefined && isParticiple(next.lower);
}

/**
 * Whether the group at word `i` is a perfect: "has fallen", "have often claimed".
 *
 * @example isPerfect(wordsIn('Prices have fallen.', 0, 19), 1) // true
 */
export function isPerfect(words: readonly Word[], i: number): boolean {
  const g = readVerbGroup(words, i);
  return perfectAt(g.auxiliaries, g.main, 0);
}

/**
 * A modal of possibility or duty ("could", "should", "must", "couldn't"). Lower-case
 * "may" only: "in May" names the month.
 */
export function isModal(w: Word): boolean {
  if (PAST_ABILITY.has(w.lower)) return true;
  return MODALS.has(w.lower) && !(w.lower === 'may' && w.capital);
}

/** Index of the first word after `i` that is not an adverb ("will also visit"). */
export function skipAdverbs(words: readonly Word[], i: number): number {
  let j = i + 1;
  while (j < words.length && j <= i + 2 && isAuxAdverb(words[j]!.lower)) j++;
  return j;
}

/** An adverb that may stand inside a verb group: "also", "not", "reportedly". */
export function isAuxAdverb(w: string): boolean {
  return AUX_ADVERBS.has(w) || isLyAdverb(w);
}

/** "would have said", "may not have known": a modal, then a perfect. */
export function perfectFollows(words: readonly Word[], i: number): boolean {
  const g = readVerbGroup(words, i);
  return perfectAt(g.auxiliaries, g.main, 1);
}

/** A bare verb after an auxiliary or "to", adverbs between: "will also hit", "to put". */
export function afterAuxiliary(words: readonly Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 2 && isAuxAdverb(words[k]!.lower)) k--;
  const aux = words[k];
  if (!aux) return false;
  return bareVerbCue(aux) || FUTURE_AUX.has(aux.lower) || isModal(aux);
}

/**
 * A word after which a verb is bare ("will succeed", "to put", "did not"). A capital
 * "May" inside a sentence is a name or the month ("Theresa May announced"), not the
 * modal.
 */
export function bareVerbCue(word: Word | undefined): boolean {
  if (!word || !BEFORE_BARE_VERB.has(word.lower)) return false;
  return !(word.lower === 'may' && word.capital);
}
