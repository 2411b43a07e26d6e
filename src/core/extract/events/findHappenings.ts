import type { Timex } from '../../model/index.ts';
import type { Sentence } from '../grammar/sentences.ts';
import type { AnchorRole } from './anchors.ts';
import { newDraft, type BuildContext, type Draft, type EventStep, type Range } from './draft.ts';
import { plainWordReader, type WordReader } from '../grammar/tokens.ts';
import { CLAUSE_COORDINATORS, CONNECTIVES } from '../lexicon/en/index.ts';

const SEPARATOR = /[;,:–—(]/;

/** The timexes of each sentence, in one pass over both (both are in text order). */
function timexesBySentence(
  sentences: readonly Sentence[],
  timexes: readonly Timex[],
): Map<number, Timex[]> {
  const bySentence = new Map<number, Timex[]>();
  let s = 0;
  for (const timex of timexes) {
    while (s < sentences.length && sentences[s]!.end <= timex.span.start) s++;
    const sentence = sentences[s];
    if (!sentence || timex.span.start < sentence.start) continue;
    const list = bySentence.get(sentence.index) ?? [];
    list.push(timex);
    bySentence.set(sentence.index, list);
  }
  return bySentence;
}

/**
 * Where the clause of the next anchor starts, between two anchors of one sentence:
 * after the last separator (, ; – :) between them, else at the last connective
 * ("for rallying … last month"), else right after the first anchor.
 */
export function clauseBoundary(
  text: string,
  gap: Range,
  wordReader: WordReader = plainWordReader(text),
): number {
  for (let i = gap.end - 1; i >= gap.start; i--) {
    if (SEPARATOR.test(text[i]!)) return i + 1;
  }
  const words = wordReader(gap.start, gap.end);
  for (let i = words.length - 1; i >= 0; i--) {
    if (CONNECTIVES.has(words[i]!.lower)) return words[i]!.start;
  }
  return gap.start;
}

/**
 * Where a clause that only states what holds now begins after a date, when the boundary
 * is clear (a semicolon, or a comma and a conjunction): "Norway pledged $2 million in
 * March, and it remains the largest donor". A happening quotes its own clause, not the
 * state beside it. Undefined when the rest of the sentence is no such clause.
 */
export function presentClauseAfter(
  context: BuildContext,
  from: number,
  to: number,
): number | undefined {
  const { text } = context;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ';' && c !== ',') continue;
    if (c === ',') {
      const next = context.words(i + 1, Math.min(to, i + 20))[0];
      if (!next || !CLAUSE_COORDINATORS.has(next.lower)) continue;
    }
    return statesOnly(context, i + 1, to) ? i : undefined;
  }
  return undefined;
}

/**
 * Where a clause that only states what holds now ends before a date, at a semicolon:
 * "He is now the fastest man in the country; he won the race on Sunday."
 */
export function presentClauseBefore(
  context: BuildContext,
  from: number,
  to: number,
): number | undefined {
  // Searched within the clause only: the text before it may be long and hold no ";".
  let at = to - 1;
  while (at >= from && context.text[at] !== ';') at--;
  if (at < from) return undefined;
  return statesOnly(context, from, at) ? at + 1 : undefined;
}

/** Whether `text[start, end)` has verbs, all of them in the present. */
function statesOnly(context: BuildContext, start: number, end: number): boolean {
  const tenses = context.verbTenses(start, end);
  return tenses.length > 0 && tenses.every((t) => t === 'present');
}

/** Longest quote; a longer clause (text without punctuation) is cut around its date. */
export const MAX_QUOTE = 600;

/** The clause, or a stretch of it around the date cut at word boundaries when it is too long. */
export function clipAround(text: string, clause: Range, around: Range): Range {
  if (clause.end - clause.start <= MAX_QUOTE) return clause;
  const reach = Math.floor((MAX_QUOTE - (around.end - around.start)) / 2);
  let start = Math.max(clause.start, around.start - reach);
  let end = Math.min(clause.end, around.end + reach);
  while (start > clause.start && start < around.start && /\S/.test(text[start - 1]!)) start++;
  while (end < clause.end && end > around.end && /\S/.test(text[end]!)) end--;
  return { start, end };
}

/** The timexes (in text order) that lie inside a range, found by binary search. */
export function timexesWithin(timexes: readonly Timex[], range: Range): Timex[] {
  let lo = 0;
  let hi = timexes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timexes[mid]!.span.start < range.start) lo = mid + 1;
    else hi = mid;
  }
  const found: Timex[] = [];
  for (let i = lo; i < timexes.length && timexes[i]!.span.start < range.end; i++) {
    if (timexes[i]!.span.end <= range.end) found.push(timexes[i]!);
  }
  return found;
}

/** Shrinks a range to drop surrounding spaces and clause punctuation (not a final full stop). */
export function trimRange(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /[\s,;:–—]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:–—(]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Step 1. One draft per dated happening: every sentence with an expression that dates
 * something ({@link anchorRole}) gives a draft per such expression; its quote is the
 * whole sentence, or its own clause when the sentence holds several dated happenings.
 */
export const findHappenings: EventStep = {
  name: 'find-happenings',
  run(_drafts, context: BuildContext): Draft[] {
    const { text, sentences } = context;
    const bySentence = timexesBySentence(sentences, context.timexes);
    const drafts: Draft[] = [];
    for (const sentence of sentences) {
      const timexes = bySentence.get(sentence.index);
      if (!timexes) continue;
      const anchors: { timex: Timex; role: AnchorRole }[] = [];
      for (const timex of timexes) {
        const role = context.anchorRole(timex, sentence);
        if (role) anchors.push({ timex, role });
      }
      // "the highest since 1981" beside a date of its own ("in June") frames that happening.
      if (anchors.some((a) => a.role === 'run') && anchors.some((a) => a.role !== 'run'))
        anchors.splice(0, anchors.length, ...anchors.filter((a) => a.role !== 'run'));
      // Where each anchor's clause ends; an offset keeps its "after"/"before" word.
      const ends = anchors.map(({ timex, role }, i) => {
        const next = anchors[i + 1]?.timex;
        if (!next) return sentence.end;
        const gap = { start: timex.span.end, end: next.span.start };
        const boundary = clauseBoundary(text, gap, context.words);
        const first = context.words(gap.start, gap.end)[0];
        return role === 'offset' && first && first.start === boundary ? first.end : boundary;
      });
      anchors.forEach(({ timex }, i) => {
        let start = i > 0 ? ends[i - 1]! : sentence.start;
        let end = ends[i]!;
        let own = anchors.length > 1;
        // A present state in a clause of its own beside the happening is not quoted with it.
        if (i === 0) {
          const after = presentClauseBefore(context, start, timex.span.start);
          if (after !== undefined && context.verbTenses(after, end).length > 0) {
            start = after;
            own = true;
          }
        }
        if (i === anchors.length - 1) {
          const before = presentClauseAfter(context, timex.span.end, end);
          if (before !== undefined && context.verbTenses(start, before).length > 0) {
            end = before;
            own = true;
          }
        }
        const clause = own ? trimRange(text, { start, end }) : { start, end };
        const quote = clipAround(text, clause, timex.span);
        drafts.push(
          newDraft({
            key: context.nextKey(),
            sentence,
            quote,
            extraSources: [],
            timexes: timexesWithin(timexes, quote),
            anchor: timex,
            reasons: [],
            tense: context.tense(timex.span.start, timex.span.end),
          }),
        );
      });
    }
    return drafts;
  },
};

/** The role of a draft's anchor, recomputed where a step needs it. */
export function roleOf(draft: Draft, context: BuildContext): AnchorRole | undefined {
  return draft.anchor ? context.anchorRole(draft.anchor, draft.sentence) : undefined;
}
