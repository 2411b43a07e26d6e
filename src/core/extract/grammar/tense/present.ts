import * as lexicon from '../../lexicon/en/index.ts';
import type { Word } from '../tokens.ts';
import { afterAuxiliary, skipAdverbs } from '../verbGroup.ts';
import type { TensedGroup } from './tensedGroup.ts';

// Read once into locals: hot loops then touch no module bindings.
const {
  DETERMINERS,
  SCHEDULED_PRESENT_S,
  FUTURATE_PROGRESSIVE,
  EXPECTED_STATE,
  SUBJECT_PRONOUNS,
  NOT_PLURAL_S,
  BEFORE_NOUN,
  BE_PRESENT,
  RELEASE_OBJECTS,
  MARKET_MOVES,
  hasOusEnding,
  looksPlural,
} = lexicon;

/*
 * The simple present of an arrangement: "the trial begins Monday", "the firm reports
 * earnings Thursday", "is leaving on Friday", "was signed in January and takes effect
 * in April".
 */

/**
 * "is leaving on Friday", "are due in the autumn", "is expected Monday": a present
 * auxiliary with a plan or an expectation points ahead.
 */
export function plannedPresent(words: readonly Word[], i: number): boolean {
  if (!BE_PRESENT.has(words[i]!.lower)) return false;
  const next = words[skipAdverbs(words, i)]?.lower;
  if (next === undefined) return false;
  return FUTURATE_PROGRESSIVE.has(next) || EXPECTED_STATE.has(next);
}

/**
 * A verb of scheduled happenings in the simple present with a subject before it: "The
 * trial begins Monday", "Talks resume Thursday", "He and Arafat meet Monday". A plural
 * form needs a subject that can take it (a plural, a pronoun, a name).
 */
export function scheduledPresent(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const prevWord = words[i - 1];
  if (!prevWord) return false;
  // "The festival, held every summer since 2005, returns in July": the subject is
  // further back, and the word before belongs to another phrase.
  if (w.afterBreak) return SCHEDULED_PRESENT_S.has(w.lower);
  const prev = prevWord.lower;
  if (DETERMINERS.has(prev) || BEFORE_NOUN.has(prev) || /^\d/.test(prev)) return false;
  if (afterAuxiliary(words, i)) return false;
  // "Shares end lower on Monday": a market's day told in the present, not a schedule.
  const next = words[i + 1]?.lower;
  if (next !== undefined && MARKET_MOVES.has(next)) return false;
  if (SCHEDULED_PRESENT_S.has(w.lower)) return true;
  if (SUBJECT_PRONOUNS.has(prev)) return true;
  const before = words[i - 2]?.lower;
  if (prevWord.capital && (before === undefined || !DETERMINERS.has(before))) return true;
  if (looksPlural(prev) && !hasOusEnding(prev) && !NOT_PLURAL_S.has(prev)) return true;
  return compoundSubject(words, i);
}

/**
 * "The firm reports earnings Thursday", "Banks release results on Friday": a verb of
 * publishing with a subject before it (as for `scheduledPresent`) and an object that is
 * published. "News reports on Monday said" and "the report" are nouns.
 */
export function releasePresent(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || next.afterBreak || !RELEASE_OBJECTS.has(next.lower)) return false;
  const w = words[i]!;
  const prevWord = words[i - 1];
  if (!prevWord || w.afterBreak) return false;
  const prev = prevWord.lower;
  if (DETERMINERS.has(prev) || BEFORE_NOUN.has(prev) || /^\d/.test(prev)) return false;
  if (afterAuxiliary(words, i)) return false;
  return w.lower.endsWith('s') || SUBJECT_PRONOUNS.has(prev) || looksPlural(prev);
}

/**
 * "The deal was signed in January and takes effect in April": a singular present joined
 * by "and" to the predicate of a verb read before it. Not after a plural ("won seats
 * and votes in May"), where the "-s" form is a noun.
 */
export function coordinatePresent(
  words: readonly Word[],
  i: number,
  groups: readonly TensedGroup[],
): boolean {
  const w = words[i]!;
  if (!SCHEDULED_PRESENT_S.has(w.lower) || w.afterBreak || words[i - 1]?.lower !== 'and')
    return false;
  if (groups.length === 0) return false;
  const beforeAnd = words[i - 2];
  return beforeAnd !== undefined && (beforeAnd.capital || !looksPlural(beforeAnd.lower));
}

/** "He and his rival meet": "and" joins a subject in the few words before the verb. */
function compoundSubject(words: readonly Word[], i: number): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    const w = words[k]!;
    if (w.lower === 'and') return k > 0 && !words[k + 1]!.afterBreak;
    if (w.afterBreak) return false;
  }
  return false;
}
