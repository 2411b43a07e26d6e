import * as lexicon from '../../lexicon/en/index.ts';
import type { Word } from '../tokens.ts';
import {
  afterAuxiliary,
  bareVerbCue,
  isAuxAdverb,
  isModal,
  isParticiple,
  isPerfect,
  isRegularPast,
  perfectFollows,
} from '../verbGroup.ts';
import { reportedBefore } from './cues.ts';
import { dayNamedBefore, governedInfinitive, infinitiveAfter } from './infinitive.ts';
import { coordinatePresent, plannedPresent, releasePresent, scheduledPresent } from './present.ts';
import type { TensedGroup } from './tensedGroup.ts';

// Read once into locals: hot loops then touch no module bindings.
const {
  FUTURE_AUX,
  PAST_AUX,
  PAST_AUX_MORE,
  PRESENT_AUX,
  PROSPECTIVE,
  INTENT_VERBS,
  PAST_INTENT_VERBS,
  DECISION_VERBS,
  DECISION_NOUNS,
  PLAN_NOUNS,
  PLACE_PREPOSITIONS,
  PROSPECTIVE_PARTICIPLES,
  PLANNING_VERBS,
  IRREGULAR_PAST,
  PRESENT_VERBS,
  DETERMINERS,
  PARTICIPLE_CONTEXT,
  MODALS,
  PAST_ABILITY,
  SCHEDULED_PRESENT_S,
  SCHEDULED_PRESENT_BARE,
  FUTURATE_PROGRESSIVE,
  EXPECTED_STATE,
  ADJECTIVE_UN_ED,
  SUBJECT_PRONOUNS,
  BEFORE_NOUN,
  BARE_FORM_PAST,
  SINGULAR_PRONOUNS,
  LINKING_VERBS,
  RELEASE_VERBS,
  hasLyEnding,
  hasSingleSEnding,
} = lexicon;

/*
 * The finite verb groups of a sentence with their tense: whether the clause around a
 * date talks about what happened, what is, or what is planned.
 */

/**
 * Every word that one of `verbGroups`' tests looks up in the lexicon: a word outside it
 * opens no group unless it is "to" or a regular past ("-ed"), so most words (nouns,
 * names, prepositions) are passed over with one look-up instead of some twenty.
 */
const GROUP_WORDS: ReadonlySet<string> = new Set(
  [
    DECISION_VERBS,
    PAST_INTENT_VERBS,
    DECISION_NOUNS,
    PLAN_NOUNS,
    FUTURE_AUX,
    PAST_ABILITY,
    MODALS,
    PRESENT_AUX,
    PAST_AUX,
    PAST_AUX_MORE,
    INTENT_VERBS,
    PROSPECTIVE_PARTICIPLES,
    PLANNING_VERBS,
    IRREGULAR_PAST,
    BARE_FORM_PAST,
    PRESENT_VERBS,
    SCHEDULED_PRESENT_S,
    SCHEDULED_PRESENT_BARE,
    RELEASE_VERBS,
  ].flatMap((words) => [...words]),
);

/** Whether `verbGroups` may read a group at a word: see `GROUP_WORDS`. */
function mayOpenGroup(lower: string): boolean {
  return GROUP_WORDS.has(lower) || lower === 'to' || isRegularPast(lower);
}

/**
 * Finite verb groups with their tense, in text order. In a headline a simple present
 * ("Biden visits Kyiv on Monday") tells the news of the day or of days just gone as
 * often as a schedule (a headline's future is "to visit"), so it reads as the nearest.
 */
export function verbGroups(words: readonly Word[], headline: boolean): TensedGroup[] {
  const scheduled: TensedGroup['tense'] = headline ? 'present' : 'future';
  const groups: TensedGroup[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!mayOpenGroup(w.lower)) continue;
    const next = words[i + 1]?.lower;
    const next2 = words[i + 2]?.lower;
    const prev = words[i - 1]?.lower;
    const to =
      DECISION_VERBS.has(w.lower) || PAST_INTENT_VERBS.has(w.lower)
        ? infinitiveAfter(words, i)
        : undefined;
    if (to !== undefined) {
      governedInfinitive(words, i, to, groups);
      i = to;
      continue;
    }
    if (
      (DECISION_NOUNS.has(w.lower) || PLAN_NOUNS.has(w.lower)) &&
      next === 'to' &&
      prev !== 'in' &&
      groups[groups.length - 1]?.tense === 'past' &&
      infinitiveAfter(words, i) !== undefined
    ) {
      // "announced an agreement to acquire it in January": as after "agreed to".
      const t = words[i + 1]!;
      const group: TensedGroup = DECISION_NOUNS.has(w.lower)
        ? { tense: 'present', start: t.start, end: t.end }
        : { tense: 'future', start: t.start, end: t.end };
      if (group.tense === 'present' && !dayNamedBefore(words, i + 1)) group.dayTense = 'past';
      groups.push(group);
      i++;
      continue;
    }
    let tense: TensedGroup['tense'] | undefined;
    if (FUTURE_AUX.has(w.lower)) {
      // "would have turned 40 on Monday": what would have been, by then, is past.
      tense = w.lower === 'would' && perfectFollows(words, i) ? 'past' : 'future';
    } else if (isModal(w)) {
      tense = modalTense(words, i);
    } else if (w.lower === 'do' && prev === 'to') {
      continue;
    } else if (PRESENT_AUX.has(w.lower)) {
      const prospective =
        (next !== undefined && PROSPECTIVE.has(next) && (next === 'to' || next2 === 'to')) ||
        (next === 'to' && next2 === 'be');
      const perfect = (w.lower === 'has' || w.lower === 'have') && next !== 'to';
      // "has scheduled a hearing Thursday": a plan made, for later.
      const perfectPlan = perfect && next !== undefined && PLANNING_VERBS.has(next);
      tense =
        prospective || perfectPlan || plannedPresent(words, i)
          ? 'future'
          : perfect && isPerfect(words, i)
            ? 'past'
            : 'present';
    } else if (PAST_AUX.has(w.lower) || PAST_AUX_MORE.has(w.lower)) {
      // "was expected to", "were due to": the future as seen from a past moment.
      const prospective = next !== undefined && PROSPECTIVE.has(next) && next2 === 'to';
      // "a ruling was expected Friday": told in the past, for a day either side of it;
      // so is a plan reported in the past ("said he was leaving on Friday").
      const expected =
        next !== undefined &&
        (EXPECTED_STATE.has(next) ||
          (FUTURATE_PROGRESSIVE.has(next) &&
            (w.lower === 'was' || w.lower === 'were') &&
            reportedBefore(words, i)));
      tense = prospective ? 'future' : expected ? 'present' : 'past';
    } else if (INTENT_VERBS.has(w.lower) && next === 'to') {
      tense = prev === 'to' ? undefined : 'future';
    } else if (PROSPECTIVE_PARTICIPLES.has(w.lower) && next === 'to') {
      // "the talks, set to resume Monday", "a vote due to take place".
      tense = 'future';
    } else if (PLANNING_VERBS.has(w.lower)) {
      // "protesters planned a demonstration on Saturday": a plan is for later.
      tense = planningTense(words, i);
    } else if (IRREGULAR_PAST.has(w.lower)) {
      // "would hit", "to put": a bare verb after an auxiliary is not a past tense.
      tense = participleContext(prev) || afterAuxiliary(words, i) ? undefined : 'past';
    } else if (BARE_FORM_PAST.has(w.lower)) {
      tense = bareFormPast(words, i) ? 'past' : undefined;
    } else if (PRESENT_VERBS.has(w.lower)) {
      const inGroup = (prev !== undefined && DETERMINERS.has(prev)) || afterAuxiliary(words, i);
      tense = inGroup ? undefined : 'present';
    } else if (SCHEDULED_PRESENT_S.has(w.lower) || SCHEDULED_PRESENT_BARE.has(w.lower)) {
      tense =
        scheduledPresent(words, i) || coordinatePresent(words, i, groups) ? scheduled : undefined;
    } else if (RELEASE_VERBS.has(w.lower)) {
      tense = releasePresent(words, i) ? scheduled : undefined;
    } else if (w.lower === 'to' && next === 'be' && isParticiple(next2)) {
      // "guidelines to be published in November": still to come.
      tense = 'future';
    } else if (
      isRegularPast(w.lower) &&
      !ADJECTIVE_UN_ED.has(w.lower) &&
      !participleContext(prev) &&
      !bareVerbCue(words[i - 1]) &&
      !(prev !== undefined && LINKING_VERBS.has(prev))
    ) {
      tense = 'past';
    }
    if (tense) groups.push({ tense, start: w.start, end: w.end });
  }
  if (groups.length === 0) {
    const headline = headlineInfinitive(words);
    if (headline) groups.push(headline);
  }
  return groups;
}

/**
 * Words after which a past form is a participle or an adjective: "the said company",
 * "has left". Not "that", which before a verb is a relative pronoun ("a review that
 * began in September").
 */
function participleContext(prev: string | undefined): boolean {
  return prev !== undefined && prev !== 'that' && PARTICIPLE_CONTEXT.has(prev);
}

/**
 * "The bank cut rates", "Israel set Friday as the deadline": a bare-form past after a
 * singular subject (a present would be "cuts") and before its object. After a plural
 * the form is either; "a rate cut in June" is the noun.
 */
function bareFormPast(words: readonly Word[], i: number): boolean {
  const prevWord = words[i - 1];
  const nextWord = words[i + 1];
  if (!prevWord || words[i]!.afterBreak || afterAuxiliary(words, i)) return false;
  if (!nextWord || nextWord.afterBreak || !startsObject(nextWord.lower)) return false;
  const prev = prevWord.lower;
  if (SINGULAR_PRONOUNS.has(prev)) return true;
  if (DETERMINERS.has(prev) || BEFORE_NOUN.has(prev) || PARTICIPLE_CONTEXT.has(prev)) return false;
  if (SUBJECT_PRONOUNS.has(prev) || FUTURE_AUX.has(prev) || isModal(prevWord)) return false;
  return !hasSingleSEnding(prev) && !hasLyEnding(prev);
}

/** Whether a word can open a verb's object: "cut rates", "set Friday", not "cut in". */
function startsObject(w: string): boolean {
  if (BEFORE_NOUN.has(w) || w === 'to' || FUTURE_AUX.has(w) || MODALS.has(w)) return false;
  return !PRESENT_AUX.has(w) && !PAST_AUX.has(w) && !PAST_AUX_MORE.has(w);
}

/**
 * "could vote Thursday", "should arrive in May": possible or due, so ahead. A perfect
 * after the modal looks back ("may have died Monday"), as does "could not" ("could not
 * be reached Monday"); "can" speaks of the present.
 */
function modalTense(words: readonly Word[], i: number): TensedGroup['tense'] {
  const w = words[i]!.lower;
  if (perfectFollows(words, i) || PAST_ABILITY.has(w)) return 'past';
  if (w === 'could' && (words[i + 1]?.lower === 'not' || negatedSubject(words, i))) return 'past';
  if (w === 'can' || w === 'cannot' || w === "can't" || w === 'can’t') return 'present';
  return 'future';
}

/** "Neither he nor his parents could be located": a negative subject a few words back. */
function negatedSubject(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const w = words[k]!.lower;
    if (w === 'neither' || w === 'nor' || w === 'nobody' || w === 'none') return true;
  }
  return false;
}

/**
 * "protesters planned a demonstration", "has scheduled a hearing": a planning verb with
 * its object points ahead. A participle after a noun ("a march planned in the
 * capital") gives the nearest day; one after a determiner ("the planned march"), "as
 * (previously) planned" and the noun ("vacation plans for Friday") nothing.
 */
function planningTense(words: readonly Word[], i: number): TensedGroup['tense'] | undefined {
  const w = words[i]!.lower;
  const prev = words[i - 1]?.lower;
  if (prev !== undefined && PARTICIPLE_CONTEXT.has(prev)) return undefined;
  if (prev === 'as' || (prev !== undefined && isAuxAdverb(prev) && words[i - 2]?.lower === 'as'))
    return undefined;
  const next = words[i + 1]?.lower;
  if (w !== 'plans' && w !== 'planning') {
    // "a memorial service planned at the university for Saturday was canceled": a
    // participle after its noun places a plan told of in the past, for a day either
    // side of the telling, as "was planned for" does.
    const pronoun =
      prev !== undefined && (SUBJECT_PRONOUNS.has(prev) || SINGULAR_PRONOUNS.has(prev));
    return next !== undefined && PLACE_PREPOSITIONS.has(next) && !pronoun ? 'present' : 'future';
  }
  return next !== undefined && (DETERMINERS.has(next) || /^\d/.test(next)) ? 'future' : undefined;
}

/**
 * "Biden to visit Poland on Tuesday": a headline's infinitive, in a line with no other
 * verb, says what is to come.
 */
function headlineInfinitive(words: readonly Word[]): TensedGroup | undefined {
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!;
    const verb = words[i + 1]!;
    if (w.lower !== 'to' || verb.capital || /^\d/.test(verb.lower)) continue;
    if (DETERMINERS.has(verb.lower) || BEFORE_NOUN.has(verb.lower)) continue;
    // "rises to 10.4 percent": a number stands between, so "to" is a preposition.
    if (verb.start - w.end > 1) continue;
    return { tense: 'future', start: w.start, end: w.end };
  }
  return undefined;
}
