import * as lexicon from '../../lexicon/en/index.ts';
import type { Word } from '../tokens.ts';
import { afterAuxiliary, isAuxAdverb } from '../verbGroup.ts';
import type { TensedGroup } from './tensedGroup.ts';

// Read once into locals: hot loops then touch no module bindings.
const {
  PAST_AUX,
  PAST_AUX_MORE,
  DECISION_VERBS,
  BEFORE_INFINITIVE,
  OBJECT_PRONOUNS,
  WEEKDAY_WORDS: WEEKDAYS,
  DIRECTIVES,
  DETERMINERS,
  PARTICIPLE_CONTEXT,
  BEFORE_NOUN,
  looksPlural,
} = lexicon;

/*
 * A verb with the infinitive it governs: "agreed to sell", "told them to leave",
 * "planned to leave". The verb and the infinitive may date different things.
 */

/**
 * The "to" of the infinitive a verb governs, a few words on at most when an adverbial
 * of time stands between ("agreed on Thursday to plead"); none when "to" opens a
 * phrase of a noun ("agreed to the terms", "agreed to talks", "ordered to Iraq").
 */
export function infinitiveAfter(words: readonly Word[], i: number): number | undefined {
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
    return looksPlural(v) ? undefined : j;
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
  if (words[j + 1]?.lower === 'to' && noun(j) && looksPlural(w.lower)) return j + 1;
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
export function governedInfinitive(
  words: readonly Word[],
  i: number,
  to: number,
  groups: TensedGroup[],
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
export function dayNamedBefore(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const w = words[k]!.lower;
    if (WEEKDAYS.has(w) || w === 'yesterday' || w === 'today') return true;
  }
  return false;
}
