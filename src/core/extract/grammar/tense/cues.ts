import * as lexicon from '../../lexicon/en/index.ts';
import type { Tense } from '../../../model/index.ts';
import type { Word } from '../tokens.ts';
import { isClauseBreak } from '../tokens.ts';
import { isAuxAdverb, isModal } from '../verbGroup.ts';
import { firstWordAtOrAfter } from './wordIndex.ts';

// Read once into locals: hot loops then touch no module bindings.
const {
  FUTURE_AUX,
  PAST_AUX,
  PAST_AUX_MORE,
  RESCHEDULING,
  OBJECT_PRONOUNS,
  WEEKDAY_WORDS: WEEKDAYS,
  DEADLINE_WORDS,
  SETTING_VERBS,
  SCHEDULED_ON,
  SCHEDULING,
  DETERMINERS,
  EXPECTATION,
  AHEAD_MARKERS,
  BEFORE_NOUN,
  SUPERSEDED,
  UNPLANNED_EVENT_NOUNS,
  REPORTING_VERBS,
  CALLING_VERBS,
} = lexicon;

/*
 * Cues around a date span that decide its tense before the verb groups do: a schedule
 * ("called for Monday"), a deadline ("has until Friday to"), "as soon as", a copula
 * ("the vote is on Thursday"), "upcoming".
 */

/**
 * "has until Friday to decide", "gave them until Monday to respond": a weekday set as
 * the limit for something still to be done, so the coming one, whatever the tense.
 */
export function deadlineForAction(words: readonly Word[], start: number, end: number): boolean {
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
export function weekdayReading(
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

/** Whether a clause break stands in `text[from, to)`. */
export function breakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isClauseBreak(text.charCodeAt(i))) return true;
  return false;
}

/**
 * "called for", "scheduled on", "due in" right before the span (up to two words apart).
 * A schedule told in the past ("was scheduled for Monday") may be for a day gone by or
 * one still ahead; it reads as `present`, the nearest such day.
 */
export function scheduledBefore(words: readonly Word[], spanStart: number): Tense | undefined {
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
export function dateSetAs(words: readonly Word[], start: number, end: number): boolean {
  const i = firstWordAtOrAfter(words, start);
  const verb = words[i - 1];
  if (!verb || !SETTING_VERBS.has(verb.lower)) return false;
  const after = words[firstWordAtOrAfter(words, end)];
  if (after?.lower !== 'as' || after.afterBreak) return false;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--)
    if (FUTURE_AUX.has(words[k]!.lower) || isModal(words[k]!)) return false;
  return true;
}

/** "as soon as Tuesday", "as early as next week": the earliest a thing may happen. */
export function earliestBefore(words: readonly Word[], spanStart: number): boolean {
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
export function copulaBefore(words: readonly Word[], spanStart: number): Tense | undefined {
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
export function reportedBefore(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--)
    if (REPORTING_VERBS.has(words[k]!.lower)) return true;
  return false;
}

/** "the upcoming vote on Sunday": a marker of what is to come shortly before the span. */
export function markedAhead(words: readonly Word[], spanStart: number): boolean {
  const i = firstWordAtOrAfter(words, spanStart);
  for (let k = i - 1; k >= Math.max(0, i - 4); k--)
    if (AHEAD_MARKERS.has(words[k]!.lower)) return true;
  return false;
}
