import type { Precision } from '../../model/index.ts';
import {
  classOfHead,
  type Draft,
  type DraftReference,
  type EventStep,
  type Range,
} from './draft.ts';

/** Finer first: the mention with the most precise date gives the merged event its date. */
const FINENESS: Record<Precision, number> = {
  minute: 0,
  day: 1,
  week: 2,
  month: 3,
  season: 4,
  quarter: 5,
  year: 6,
  decade: 7,
  century: 8,
};

/**
 * Mentions of one happening share a key: the same kind of happening on the same day,
 * named by a noun or a verb ("the February 25 protest", "the rally began at noon",
 * "teachers marched on Thursday"), or the same month/year
 * ("last month’s", "January’s rally"); or the same verb on the same dates. A day and
 * a month never merge: a month may hold several such happenings.
 */
export function mentionKey(draft: Draft): string | undefined {
  const { start, head } = draft;
  if (!start || !head) return undefined;
  const when =
    start.precision === 'minute' || start.precision === 'day'
      ? `day:${start.value.slice(0, 10)}`
      : `${start.precision}:${start.value}`;
  const kind = classOfHead(head);
  if (kind !== undefined) return `kind:${kind}:${when}:${draft.status ?? ''}`;
  if (head.kind === 'noun') return undefined;
  return `verb:${head.lemma}:${start.value}:${draft.end?.value ?? ''}`;
}

/** One draft from several mentions: dated by the most precise, titled by the best-ranked. */
function mergeGroup(group: readonly Draft[]): Draft {
  const first = group[0]!;
  const giver = [...group].sort(
    (a, b) =>
      FINENESS[a.start!.precision] - FINENESS[b.start!.precision] ||
      Number(b.end !== undefined) - Number(a.end !== undefined) ||
      a.quote.start - b.quote.start,
  )[0]!;
  const titled = [...group].sort(
    (a, b) => (a.titleRank ?? 9) - (b.titleRank ?? 9) || a.quote.start - b.quote.start,
  )[0]!;
  const sources: { range: Range; sentence: number }[] = [];
  const seen = new Set([`${first.quote.start}:${first.quote.end}`]);
  for (const d of group) {
    for (const s of [{ range: d.quote, sentence: d.sentence.index }, ...d.extraSources]) {
      const key = `${s.range.start}:${s.range.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sources.push(s);
    }
  }
  const keys = new Set(group.map((d) => d.key));
  // A mention dated from another mention of the same happening is dated by that one's words.
  let reference: DraftReference | undefined = giver.reference;
  if (reference?.kind === 'draft' && keys.has(reference.key)) {
    const within = group.find((d) => d.key === (reference as { key: number }).key);
    reference = within?.anchor
      ? { kind: 'expression', timex: within.anchor }
      : { kind: 'document-date' };
  }
  return {
    ...giver,
    key: first.key,
    sentence: first.sentence,
    quote: first.quote,
    head: first.head,
    extraSources: sources,
    timexes: [...new Set(group.flatMap((d) => d.timexes))],
    reference,
    title: titled.title,
    titleRank: titled.titleRank,
  };
}

/**
 * Step. Merges mentions of one happening into one draft with several sources
 * ({@link mentionKey}); other drafts' references to a merged mention follow it.
 * Runs after titles and statuses, which the merge chooses between.
 */
export const mergeMentions: EventStep = {
  name: 'merge-mentions',
  run(drafts): Draft[] {
    const groups = new Map<string, Draft[]>();
    for (const d of drafts) {
      const key = mentionKey(d);
      if (key === undefined) continue;
      const group = groups.get(key) ?? [];
      group.push(d);
      groups.set(key, group);
    }
    const mergedInto = new Map<number, number>();
    const replacement = new Map<number, Draft>();
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const merged = mergeGroup(group);
      for (const d of group) mergedInto.set(d.key, merged.key);
      replacement.set(merged.key, merged);
    }
    const result: Draft[] = [];
    for (const d of drafts) {
      const target = mergedInto.get(d.key);
      if (target !== undefined && target !== d.key) continue;
      const kept = replacement.get(d.key) ?? d;
      const ref = kept.reference;
      const follow = ref?.kind === 'draft' ? mergedInto.get(ref.key) : undefined;
      result.push(
        follow !== undefined ? { ...kept, reference: { kind: 'draft', key: follow } } : kept,
      );
    }
    return result;
  },
};
