import type { Tense } from '../../model/index.ts';
import * as lexicon from '../lexicon/en/index.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { createWordReader, isClauseBreak, type Word, type WordReader } from './tokens.ts';

// Read once into locals: hot loops then touch no module bindings.
const {
  FUTURE_AUX,
  PAST_AUX,
  PAST_AUX_MORE,
  PRESENT_AUX,
  PROSPECTIVE,
  INTENT_VERBS,
  RESCHEDULING,
  PAST_INTENT_VERBS,
  DECISION_VERBS,
  BEFORE_INFINITIVE,
  OBJECT_PRONOUNS,
  WEEKDAY_WORDS: WEEKDAYS,
  DEADLINE_WORDS,
  DECISION_NOUNS,
  PLAN_NOUNS,
  PLACE_PREPOSITIONS,
  SETTING_VERBS,
  SCHEDULED_ON,
  DIRECTIVES,
  PROSPECTIVE_PARTICIPLES,
  PLANNING_VERBS,
  SCHEDULING,
  IRREGULAR_PAST,
  PRESENT_VERBS,
  DETERMINERS,
  PARTICIPLE_CONTEXT,
  NOT_PAST_ED,
  BEFORE_BARE_VERB,
  MODALS,
  PAST_ABILITY,
  AUX_ADVERBS,
  SCHEDULED_PRESENT_S,
  SCHEDULED_PRESENT_BARE,
  FUTURATE_PROGRESSIVE,
  EXPECTATION,
  EXPECTED_STATE,
  ADJECTIVE_UN_ED,
  AHEAD_MARKERS,
  SUBJECT_PRONOUNS,
  NOT_PLURAL_S,
  BEFORE_NOUN,
  BE_PRESENT,
  BARE_FORM_PAST,
  SINGULAR_PRONOUNS,
  LINKING_VERBS,
  SUPERSEDED,
  RELEASE_VERBS,
  RELEASE_OBJECTS,
  UNPLANNED_EVENT_NOUNS,
  REPORTING_VERBS,
  CALLING_VERBS,
  MARKET_MOVES,
  DEMANDING_VERBS,
} = lexicon;

/*
 * A light, rule-based reading of English verb groups: enough to tell whether the
 * clause around a date talks about what happened, what is, or what is planned.
 * No tagger: news verbs are few in kind, and auxiliaries carry most of the tense.
 */

interface VerbGroup {
  tense: Exclude<Tense, 'unknown'>;
  start: number;
  end: number;
  /**
   * The tense for a weekday after the group, when it differs: a day of the week
   * dates the news of the week, so after "agreed to sell it" it is the agreeing's.
   */
  dayTense?: Exclude<Tense, 'unknown'>;
}

/**
 * The tense of the clause that governs the text span `[start, end)`: the verb group
 * nearest to the span inside its sentence, preferring one before it in the same
 * clause. Present perfect reads as `past` (what has happened); "will", "is expected
 * to", "plans to", and a scheduling verb right before the span ("has been called
 * for") read as `future`. Gives `unknown` when the sentence has no verb it knows.
 * To ask about many spans of one text, `createTenseReader` is faster.
 *
 * @example tenseAt('A vote has been called for March 24.', 26, 34) // 'future'
 * @example tenseAt('Police arrested him on Tuesday.', 23, 30) // 'past'
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  return createTenseReader(text)(start, end);
}

/** Reads the tense of many spans of one text; each sentence is analysed once. */
export type TenseReader = (start: number, end: number) => Tense;

interface SentenceAnalysis {
  /** The whole text the sentence is part of. */
  text: string;
  start: number;
  end: number;
  words: Word[];
  groups: VerbGroup[];
  /** `groups[i].start`, for binary search. */
  groupStarts: number[];
  /** Offsets of clause separators (, ; : dashes, brackets, quotes) in the sentence. */
  separators: number[];
}

/** What a tense reader may share with the other readers of one text. */
export interface TenseReaderOptions {
  /** The sentences of the text (`splitSentences`), when already split. */
  sentences?: readonly Sentence[];
  /** The words of the text, when already read (`createWordReader`). */
  words?: WordReader;
}

/**
 * Prepares `text` for tense questions: a sentence's verbs are read the first time a
 * span inside it is asked about, from the sentences and words given (the extraction's
 * own, so that each sentence is split and tokenised once for every stage).
 *
 * @example const tense = createTenseReader(text); tense(10, 18) // 'past'
 */
export function createTenseReader(text: string, options: TenseReaderOptions = {}): TenseReader {
  const sentences = options.sentences ?? splitSentences(text);
  const words = options.words ?? createWordReader(text);
  // A sentence reaches to where the next one starts, so a span always falls in one.
  const starts = sentences.map((s, i) => (i === 0 ? 0 : s.start));
  const analyses: Array<SentenceAnalysis | undefined> = [];
  return (start, end) => {
    const i = Math.max(0, lastAtOrBefore(starts, start));
    const sStart = starts[i] ?? 0;
    const nextStart = starts[i + 1] ?? text.length;
    const s = sentences[i];
    const headline = (): boolean => s !== undefined && isHeadline(text, s);
    // A span running past its sentence's end (it should not) is read with the text it reaches.
    if (end > nextStart) return tenseIn(analyse(text, sStart, end, words, headline()), start, end);
    let sentence = analyses[i];
    if (!sentence) {
      sentence = analyse(text, sStart, nextStart, words, headline());
      analyses[i] = sentence;
    }
    return tenseIn(sentence, start, end);
  };
}

function tenseIn(sentence: SentenceAnalysis, start: number, end: number): Tense {
  const scheduled = scheduledBefore(sentence.words, start);
  if (scheduled) return scheduled;
  if (dateSetAs(sentence.words, start, end)) return 'present';
  if (earliestBefore(sentence.words, start) || markedAhead(sentence.words, start)) return 'future';
  if (deadlineForAction(sentence.words, start, end)) return 'future';
  const copula = copulaBefore(sentence.words, start);
  if (copula) return copula;
  const { groups, groupStarts, separators } = sentence;
  const sepBefore = separators[lastAtOrBefore(separators, start - 1)];
  const clauseStart = sepBefore !== undefined && sepBefore < start ? sepBefore : sentence.start;
  const clauseEnd = separators[lastAtOrBefore(separators, end - 1) + 1] ?? sentence.end;
  // Verb groups are in text order: the nearest before the span, and the first after it.
  const lastBefore = groups[lastAtOrBefore(groupStarts, start - 1)];
  const before = lastBefore && lastBefore.end <= start ? lastBefore : undefined;
  const after = groups[lastAtOrBefore(groupStarts, end - 1) + 1];
  const pick =
    (before && before.start >= clauseStart ? before : undefined) ??
    (after && after.end <= clauseEnd ? after : undefined) ??
    before ??
    after;
  if (pick && pick === before && pick.tense === 'past' && demandedBy(sentence, pick, start, end))
    return 'future';
  if (pick?.dayTense && pick === before) {
    const day = weekdayReading(sentence.words, start, end);
    // "ordered him to report by Monday": a deadline set by an undated directive lies
    // ahead; after a dated one ("on Monday were ordered to leave by Thursday") it may
    // have passed, and the nearest is read.
    if (day === 'deadline') return pick.dayTense === 'past' ? 'future' : pick.dayTense;
    if (day === 'day') return pick.dayTense;
  }
  return pick?.tense ?? 'unknown';
}

/**
 * "ordered the release of the files by Monday", "demanded an answer by Friday": a weekday
 * deadline in the clause of a past verb of demanding is the coming one, as after "told
 * them to leave by Friday".
 */
function demandedBy(
  sentence: SentenceAnalysis,
  verb: VerbGroup,
  start: number,
  end: number,
): boolean {
  const { words } = sentence;
  const w = words[firstWordAtOrAfter(words, verb.start)];
  if (!w || !DEMANDING_VERBS.has(w.lower)) return false;
  if (breakBetween(sentence.text, verb.end, start)) return false;
  return weekdayReading(words, start, end) === 'deadline';
}

/**
 * "has until Friday to decide", "gave them until Monday to respond": a weekday set as
 * the limit for something still to be done, so the coming one, whatever the tense.
 */
function deadlineForAction(words: readonly Word[], start: number, end: number): boolean {
  const i = firstWordAtOrAfter(words, start);
  const prev = words[i - 1]?.lower;
  if (prev === undefined || !DEADLINE_WORDS.has(prev)) return false;
  const j = firstWordAtOrAfter(words, end);
  const to = words[j];
  const verb = words[j + 1];
  if (to?.lower !== 'to' || to.afterBreak || !verb || verb.capital) return false;
  if (DETERMINERS.has(verb.lower) || BEFORE_NOUN.has(verb.lower)) return false;
  if (OBJECT_PRONOUNS.has(verb.lower)) return false;
  return weekdayReading(words, start, end) !== undefined;
}

/**
 * Whether the span names a day of the week, and if so whether a "by"/"until" before it
 * makes it a deadline ("told to leave by Friday") or it is a plain day.
 */
function weekdayReading(
  words: readonly Word[],
  start: number,
  end: number,
): 'deadline' | 'day' | undefined {
  const i = firstWordAtOrAfter(words, start);
  const prev = words[i - 1]?.lower;
  for (let k = i; k < words.length && words[k]!.start < end; k++)
    if (WEEKDAYS.has(words[k]!.lower))
      return prev !== undefined && DEADLINE_WORDS.has(prev) ? 'deadline' : 'day';
  return undefined;
}

function analyse(
  text: string,
  start: number,
  end: number,
  wordReader: WordReader,
  headline: boolean,
): SentenceAnalysis {
  const words = wordReader(start, end);
  const separators: number[] = [];
  for (let i = start; i < end; i++) if (isClauseBreak(text.charCodeAt(i))) separators.push(i);
  const groups = verbGroups(words, headline);
  return { text, start, end, words, groups, groupStarts: groups.map((g) => g.start), separators };
}

/** Whether a clause break stands in `text[from, to)`. */
function breakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isClauseBreak(text.charCodeAt(i))) return true;
  return false;
}

/** Index of the last item `<= value` in an ascending list (-1 when none). */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * "called for", "scheduled on", "due in" right before the span (up to two words apart).
 * A schedule told in the past ("was scheduled for Monday") may be for a day gone by or
 * one still ahead; it reads as `present`, the nearest such day.
 */
function scheduledBefore(words: readonly Word[], spanStart: number): Tense | undefined {
  const i = firstWordAtOrAfter(words, spanStart);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = words[k]!;
    const participle = words[k - 1];
    const expectedIn =
      (w.lower === 'in' || w.lower === 'by' || w.lower === 'at') &&
      participle !== undefined &&
      EXPECTATION.has(participle.lower);
    if (
      !expectedIn &&
      w.lower !== 'for' &&
      w.lower !== 'on' &&
      w.lower !== 'until' &&
      w.lower !== 'to'
    )
      continue;
    if (!participle || !SCHEDULING.has(participle.lower)) {
      // "has called a general strike for Thursday": the verb before its object.
      return w.lower === 'for' ? calledFor(words, k) : undefined;
    }
    // "the record high set on Aug. 6", "was postponed on Monday": "on" dates the doing.
    if (w.lower === 'on' && !SCHEDULED_ON.has(participle.lower)) return undefined;
    // "went ahead as planned on Saturday": the verb of the clause dates it.
    const beforeParticiple = words[k - 2]?.lower;
    if (
      beforeParticiple === 'as' ||
      (isAuxAdverb(beforeParticiple ?? '') && words[k - 3]?.lower === 'as')
    )
      return undefined;
    // "was postponed until Tuesday": the new date lies ahead of the postponing.
    if (RESCHEDULING.has(participle.lower) && w.lower !== 'for') return 'future';
    const aux = words.slice(Math.max(0, k - 5), k - 1).map((x) => x.lower);
    if (aux.some((a) => PAST_AUX.has(a) || PAST_AUX_MORE.has(a))) return 'present';
    // "originally scheduled for Monday": a schedule since changed, for a day either side.
    if (beforeParticiple !== undefined && SUPERSEDED.has(beforeParticiple)) return 'present';
    // "has been called for", "will be held on", "postponed until": ahead of the telling.
    return 'future';
  }
  return undefined;
}

/**
 * "called a strike for Thursday", "has set a hearing for Friday": a verb of calling with
 * a short object (a determiner, then at most two words) before the "for" at `k`. A
 * happening so called is ahead of the calling, and the calling within the week.
 */
function calledFor(words: readonly Word[], k: number): Tense | undefined {
  for (let j = k - 2; j >= Math.max(0, k - 4); j--) {
    if (words[j + 1]!.afterBreak) return undefined;
    if (!DETERMINERS.has(words[j]!.lower)) continue;
    const verb = words[j - 1];
    if (!verb || !CALLING_VERBS.has(verb.lower) || words[j]!.afterBreak) return undefined;
    // "had set a date for Monday": told from a past moment, for a day either side.
    const aux = words[j - 2]?.lower;
    return aux !== undefined && (PAST_AUX.has(aux) || PAST_AUX_MORE.has(aux))
      ? 'present'
      : 'future';
  }
  return undefined;
}

/**
 * "set Friday as the deadline", "named March 1 as the start": a day chosen for what is
 * to come, so ahead of the choosing and either side of the telling (the nearest). Not
 * after "will" or a modal, which put the choosing, and the day, ahead.
 */
function dateSetAs(words: readonly Word[], start: number, end: number): boolean {
  const i = firstWordAtOrAfter(words, start);
  const verb = words[i - 1];
  if (!verb || !SETTING_VERBS.has(verb.lower)) return false;
  const after = words[firstWordAtOrAfter(words, end)];
  if (after?.lower !== 'as' || after.afterBreak) return false;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--)
    if (FUTURE_AUX.has(words[k]!.lower) || isModal(words[k]!)) return false;
  return true;
}

/** Index of the first word starting at or after `offset` (binary search). */
function firstWordAtOrAfter(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "as soon as Tuesday", "as early as next week": the earliest a thing may happen. */
function earliestBefore(words: readonly Word[], spanStart: number): boolean {
  const i = firstWordAtOrAfter(words, spanStart);
  if (i < 3 || words[i - 3]!.lower !== 'as' || words[i - 1]!.lower !== 'as') return false;
  const middle = words[i - 2]!.lower;
  return middle === 'soon' || middle === 'early';
}

/**
 * "The deadline is Friday", "the vote is on Thursday": a date as the predicate of a
 * present "is"/"are" is one arranged, so ahead (or today). Reported in the past ("said
 * the meeting was on Friday") the "was" may be that present shifted back, so the day
 * is the nearest, either side.
 */
function copulaBefore(words: readonly Word[], spanStart: number): Tense | undefined {
  const i = firstWordAtOrAfter(words, spanStart);
  const k = words[i - 1]?.lower === 'on' ? i - 2 : i - 1;
  const prev = words[k]?.lower;
  if (prev === 'is' || prev === 'are') return 'future';
  // "said the shooting was on Thursday": a happening nobody schedules is over.
  const subject = words[k - 1]?.lower;
  if (subject !== undefined && UNPLANNED_EVENT_NOUNS.has(subject)) return undefined;
  if ((prev === 'was' || prev === 'were') && reportedBefore(words, k)) return 'present';
  return undefined;
}

/** A past verb of reporting in the few words before word `i`: "said the talks were". */
function reportedBefore(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--)
    if (REPORTING_VERBS.has(words[k]!.lower)) return true;
  return false;
}

/** "the upcoming vote on Sunday": a marker of what is to come shortly before the span. */
function markedAhead(words: readonly Word[], spanStart: number): boolean {
  const i = firstWordAtOrAfter(words, spanStart);
  for (let k = i - 1; k >= Math.max(0, i - 4); k--)
    if (AHEAD_MARKERS.has(words[k]!.lower)) return true;
  return false;
}

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
  return GROUP_WORDS.has(lower) || lower === 'to' || REGULAR_PAST.test(lower);
}

const REGULAR_PAST = /^[a-z]{3,}ed$/;

/**
 * Finite verb groups with their tense, in text order. In a headline a simple present
 * ("Biden visits Kyiv on Monday") tells the news of the day or of days just gone as
 * often as a schedule (a headline's future is "to visit"), so it reads as the nearest.
 */
function verbGroups(words: readonly Word[], headline: boolean): VerbGroup[] {
  const scheduled: VerbGroup['tense'] = headline ? 'present' : 'future';
  const groups: VerbGroup[] = [];
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
      const group: VerbGroup = DECISION_NOUNS.has(w.lower)
        ? { tense: 'present', start: t.start, end: t.end }
        : { tense: 'future', start: t.start, end: t.end };
      if (group.tense === 'present' && !dayNamedBefore(words, i + 1)) group.dayTense = 'past';
      groups.push(group);
      i++;
      continue;
    }
    let tense: VerbGroup['tense'] | undefined;
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
          : perfect && isParticiple(next, next2)
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
    } else if (w.lower === 'to' && next === 'be' && isParticiple(next2, undefined)) {
      // "guidelines to be published in November": still to come.
      tense = 'future';
    } else if (
      REGULAR_PAST.test(w.lower) &&
      !NOT_PAST_ED.has(w.lower) &&
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
 * The "to" of the infinitive a verb governs, a few words on at most when an adverbial
 * of time stands between ("agreed on Thursday to plead"); none when "to" opens a
 * phrase of a noun ("agreed to the terms", "agreed to talks", "ordered to Iraq").
 */
function infinitiveAfter(words: readonly Word[], i: number): number | undefined {
  const start = DIRECTIVES.has(words[i]!.lower) ? afterObject(words, i + 1) : i + 1;
  for (let j = start; j < words.length && j <= start + 3; j++) {
    const w = words[j]!.lower;
    if (w !== 'to') {
      if (BEFORE_INFINITIVE.has(w) || isAuxAdverb(w)) continue;
      return undefined;
    }
    const verb = words[j + 1];
    if (!verb || verb.capital || /^\d/.test(verb.lower)) return undefined;
    const v = verb.lower;
    if (DETERMINERS.has(v) || BEFORE_NOUN.has(v) || OBJECT_PRONOUNS.has(v)) return undefined;
    // "to terms", "to talks": a plural noun; "to discuss", "to focus" are verbs.
    return /[^su]s$/.test(v) ? undefined : j;
  }
  return undefined;
}

/**
 * The index after the object of a verb of directing, if one stands at `j`: "ordered
 * him to", "told the residents to", "asked Ms Lee to". Else `j`.
 */
function afterObject(words: readonly Word[], j: number): number {
  const w = words[j];
  if (!w) return j;
  if (OBJECT_PRONOUNS.has(w.lower) && w.lower !== 'it') return j + 1;
  const noun = (k: number): boolean => {
    const x = words[k];
    return x !== undefined && !x.afterBreak && x.lower !== 'to' && !BEFORE_NOUN.has(x.lower);
  };
  if (DETERMINERS.has(w.lower)) {
    if (words[j + 1]?.lower === 'to') return j + 1;
    if (noun(j + 1)) return noun(j + 2) && words[j + 3]?.lower === 'to' ? j + 3 : j + 2;
    return j;
  }
  if (w.capital) return words[j + 1]?.capital && noun(j + 1) ? j + 2 : j + 1;
  // "told residents to leave", "ordered troops to withdraw": a bare plural.
  if (words[j + 1]?.lower === 'to' && noun(j) && /[^su]s$/.test(w.lower)) return j + 1;
  return j;
}

/**
 * A past verb with its infinitive: "agreed to sell", "were told to leave", "planned to
 * leave". The verb dates what stands before its infinitive ("on Thursday agreed to",
 * "agreed on Thursday to"); what follows the infinitive is ahead of an intention
 * ("planned to leave on Thursday") and the nearest after a decision, which may be
 * dated by the deciding or by what was decided (see `DECISION_VERBS`), save that a
 * weekday is the deciding's unless it is a deadline ("voted to close it Friday", "told
 * to leave by Friday"), and that a deciding dated within the week puts what it decided
 * ahead ("decided on Monday to list in May"). After an auxiliary the auxiliary tells
 * the verb's tense, and a future one stands for the infinitive too: "will be asked to
 * testify Monday".
 */
function governedInfinitive(
  words: readonly Word[],
  i: number,
  to: number,
  groups: VerbGroup[],
): void {
  const w = words[i]!;
  const prev = words[i - 1]?.lower;
  const auxiliary =
    (prev !== undefined &&
      (PARTICIPLE_CONTEXT.has(prev) || PAST_AUX.has(prev) || PAST_AUX_MORE.has(prev))) ||
    afterAuxiliary(words, i);
  if (!auxiliary) groups.push({ tense: 'past', start: w.start, end: w.end });
  else if (groups[groups.length - 1]?.tense === 'future') return;
  const t = words[to]!;
  if (!DECISION_VERBS.has(w.lower)) groups.push({ tense: 'future', start: t.start, end: t.end });
  // "decided on Monday to list in February": the deciding, dated within the week, is
  // past, and what was decided follows it, so ahead; a weekday may still lie between
  // the two ("on Monday were ordered to free them on Thursday", in a Friday paper).
  else if (dayNamedBefore(words, to))
    groups.push({ tense: 'future', start: t.start, end: t.end, dayTense: 'present' });
  else groups.push({ tense: 'present', start: t.start, end: t.end, dayTense: 'past' });
}

/** A weekday, "yesterday" or "today" in the few words before word `i`. */
function dayNamedBefore(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const w = words[k]!.lower;
    if (WEEKDAYS.has(w) || w === 'yesterday' || w === 'today') return true;
  }
  return false;
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
  return !/[^s]s$/.test(prev) && !/ly$/.test(prev);
}

/** Whether a word can open a verb's object: "cut rates", "set Friday", not "cut in". */
function startsObject(w: string): boolean {
  if (BEFORE_NOUN.has(w) || w === 'to' || FUTURE_AUX.has(w) || MODALS.has(w)) return false;
  return !PRESENT_AUX.has(w) && !PAST_AUX.has(w) && !PAST_AUX_MORE.has(w);
}

/** Lower-case "may" only: "in May" names the month. */
function isModal(w: Word): boolean {
  if (PAST_ABILITY.has(w.lower)) return true;
  return MODALS.has(w.lower) && !(w.lower === 'may' && w.capital);
}

/**
 * "could vote Thursday", "should arrive in May": possible or due, so ahead. A perfect
 * after the modal looks back ("may have died Monday"), as does "could not" ("could not
 * be reached Monday"); "can" speaks of the present.
 */
function modalTense(words: readonly Word[], i: number): VerbGroup['tense'] {
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

/** Index of the first word after `i` that is not an adverb ("will also visit"). */
function skipAdverbs(words: readonly Word[], i: number): number {
  let j = i + 1;
  while (j < words.length && j <= i + 2 && isAuxAdverb(words[j]!.lower)) j++;
  return j;
}

function isAuxAdverb(w: string): boolean {
  return AUX_ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly') && w !== 'early');
}

/** "would have said", "may not have known": an auxiliary, then a perfect. */
function perfectFollows(words: readonly Word[], i: number): boolean {
  const j = skipAdverbs(words, i);
  return words[j]?.lower === 'have' && isParticiple(words[j + 1]?.lower, words[j + 2]?.lower);
}

/** A bare verb after an auxiliary or "to", adverbs between: "will also hit", "to put". */
function afterAuxiliary(words: readonly Word[], i: number): boolean {
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
function bareVerbCue(word: Word | undefined): boolean {
  if (!word || !BEFORE_BARE_VERB.has(word.lower)) return false;
  return !(word.lower === 'may' && word.capital);
}

/**
 * "is leaving on Friday", "are due in the autumn", "is expected Monday": a present
 * auxiliary with a plan or an expectation points ahead.
 */
function plannedPresent(words: readonly Word[], i: number): boolean {
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
function scheduledPresent(words: readonly Word[], i: number): boolean {
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
  if (/[^su]s$/.test(prev) && !/ous$/.test(prev) && !NOT_PLURAL_S.has(prev)) return true;
  return compoundSubject(words, i);
}

/**
 * "The firm reports earnings Thursday", "Banks release results on Friday": a verb of
 * publishing with a subject before it (as for `scheduledPresent`) and an object that is
 * published. "News reports on Monday said" and "the report" are nouns.
 */
function releasePresent(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || next.afterBreak || !RELEASE_OBJECTS.has(next.lower)) return false;
  const w = words[i]!;
  const prevWord = words[i - 1];
  if (!prevWord || w.afterBreak) return false;
  const prev = prevWord.lower;
  if (DETERMINERS.has(prev) || BEFORE_NOUN.has(prev) || /^\d/.test(prev)) return false;
  if (afterAuxiliary(words, i)) return false;
  return w.lower.endsWith('s') || SUBJECT_PRONOUNS.has(prev) || /[^su]s$/.test(prev);
}

/**
 * A line standing alone without a full stop, as a headline does: the sentence starts a
 * line, ends in a letter or digit at a line break (or the end of the text), and a blank
 * line or the end of the text follows. A line of hard-wrapped prose has more text after it.
 */
function isHeadline(text: string, sentence: Sentence): boolean {
  let k = sentence.start;
  while (k > 0 && isInlineSpace(text.charCodeAt(k - 1))) k--;
  if (k > 0 && !isLineBreak(text.charCodeAt(k - 1))) return false;
  if (!isAlphanumeric(text.charCodeAt(sentence.end - 1))) return false;
  const j = endOfLine(text, sentence.end);
  if (j === undefined) return false;
  if (j >= text.length) return true;
  return endOfLine(text, j + 1) !== undefined;
}

/** Where the line break after `from` stands, when only spaces come before it (or the text ends). */
function endOfLine(text: string, from: number): number | undefined {
  let j = skipInlineSpace(text, from);
  if (j < text.length && text.charCodeAt(j) === 0x0d && text.charCodeAt(j + 1) === 0x0a) j++;
  return j >= text.length || isLineBreak(text.charCodeAt(j)) ? j : undefined;
}

function skipInlineSpace(text: string, from: number): number {
  let j = from;
  while (j < text.length && isInlineSpace(text.charCodeAt(j))) j++;
  return j;
}

function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * "The deal was signed in January and takes effect in April": a singular present joined
 * by "and" to the predicate of a verb read before it. Not after a plural ("won seats
 * and votes in May"), where the "-s" form is a noun.
 */
function coordinatePresent(
  words: readonly Word[],
  i: number,
  groups: readonly VerbGroup[],
): boolean {
  const w = words[i]!;
  if (!SCHEDULED_PRESENT_S.has(w.lower) || w.afterBreak || words[i - 1]?.lower !== 'and')
    return false;
  if (groups.length === 0) return false;
  const beforeAnd = words[i - 2];
  return beforeAnd !== undefined && (beforeAnd.capital || !/[^su]s$/.test(beforeAnd.lower));
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

/**
 * "protesters planned a demonstration", "has scheduled a hearing": a planning verb with
 * its object points ahead. A participle after a noun ("a march planned in the
 * capital") gives the nearest day; one after a determiner ("the planned march"), "as
 * (previously) planned" and the noun ("vacation plans for Friday") nothing.
 */
function planningTense(words: readonly Word[], i: number): VerbGroup['tense'] | undefined {
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
function headlineInfinitive(words: readonly Word[]): VerbGroup | undefined {
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

/** "has been", "has fallen", "have seen": a participle (possibly after an adverb). */
function isParticiple(next: string | undefined, next2: string | undefined): boolean {
  if (looksParticiple(next)) return true;
  return next !== undefined && /ly$|^(not|never|already|just|also|since)$/.test(next)
    ? looksParticiple(next2)
    : false;
}

/** "been", "fallen", "seen", "done", "raised", "had", or an irregular past. */
function looksParticiple(w: string | undefined): boolean {
  return (
    w !== undefined &&
    (w === 'been' || /ed$|en$|wn$|ne$/.test(w) || IRREGULAR_PAST.has(w) || w === 'had')
  );
}

/**
 * Whether the date ending at `end` modifies a noun of a happening nobody schedules:
 * "the Jan. 6 attack", "the Sept. 11 attacks", "the Monday shooting". Such a date names
 * one that has happened, so it lies before the telling whatever the clause's tense.
 * A character scan of the next word, with one set look-up.
 */
export function namesUnplannedEvent(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x2d)) i++;
  if (i === end || i - end > 2) return false;
  let j = i;
  while (j < text.length && j - i < 14 && isLetter(text.charCodeAt(j))) j++;
  if (j === i || (j < text.length && isLetter(text.charCodeAt(j)))) return false;
  return UNPLANNED_EVENT_NOUNS.has(text.slice(i, j).toLowerCase());
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
