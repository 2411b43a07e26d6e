import type { PassageRef, TimelineEvent } from '../model/index.ts';
import { eventInterval } from '../calendar/interval.ts';
import { passageKey, passageOf } from './passages.ts';

/** Two events from different articles that look like one happening. */
export interface MergeSuggestion {
  /** Stable across re-readings: the two passages' keys, sorted. */
  key: string;
  eventIds: [string, string];
  targets: [PassageRef, PassageRef];
  /** How much of the shorter wording the two share, 0 to 1. */
  similarity: number;
  /** True when the two dates do not overlap (a few days apart): merging shows "Sources disagree". */
  datesDiffer: boolean;
}

/** Words too common to tell two passages apart. */
const COMMON = new Set(
  'about after also been before being could from have into more most other over said says some than that their them then there these they this those were what when where which while will with would year years week month today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** Content words (four letters or more, not among the commonest), lower-cased. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)) {
    const word = match[0].replace(/['’]s$/, '');
    if (word.length >= 4 && !COMMON.has(word)) words.add(word);
  }
  return words;
}

/** Share of the smaller word set found in the other: 1 when one says all the other says. */
export function wordOverlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

const DAY = 24 * 60 * 60 * 1000;

export interface SuggestOptions {
  /** Wording shared when the dates agree. */
  agreeing?: number;
  /** Wording shared when the dates are a few days apart. */
  differing?: number;
  /** How far apart two dates may be and still be one happening told differently. */
  maxDaysApart?: number;
}

function sharesDocument(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const d of a) if (b.has(d)) return true;
  return false;
}

/**
 * Events told in two articles that look like the same happening: their passages share
 * much of their wording, and their dates overlap (or, with wording closer still, lie a
 * few days apart, a disagreement worth showing). Each event is offered in its best pair
 * only; pairs whose key is in `rejected` are not offered again.
 *
 * @example suggestMerges(events, new Set()) // [{ eventIds: ['rally-a', 'rally-b'], similarity: 0.6, ... }]
 */
export function suggestMerges(
  events: readonly TimelineEvent[],
  rejected: ReadonlySet<string>,
  options: SuggestOptions = {},
): MergeSuggestion[] {
  const agreeing = options.agreeing ?? 0.34;
  const differing = options.differing ?? 0.5;
  const maxApart = (options.maxDaysApart ?? 7) * DAY;
  const dated = events.filter((e) => !e.needsDate);
  // Only across articles: mentions within one article are the engine's to merge. Checked
  // before any date is read, so a one-article timeline of ten thousand events costs little.
  const documents = new Set(dated.flatMap((e) => e.sources.map((s) => s.documentId)));
  if (documents.size < 2) return [];
  const readings = dated.map((event, index) => {
    const interval = eventInterval(event.date);
    return {
      index,
      event,
      documents: new Set(event.sources.map((s) => s.documentId)),
      words: null as Set<string> | null,
      start: interval.start.getTime(),
      end: interval.end.getTime(),
    };
  });
  const wordsOf = (r: (typeof readings)[number]) =>
    (r.words ??= contentWords(
      [r.event.title, ...r.event.sources.map((s) => s.span.text)].join(' '),
    ));
  // By start: once an event starts more than `maxApart` after another ends, so does every
  // later one, so each event meets only those near it in time, not all the others.
  const byStart = [...readings].sort((a, b) => a.start - b.start || a.index - b.index);
  const found: { suggestion: MergeSuggestion; order: [number, number] }[] = [];
  for (let i = 0; i < byStart.length; i++) {
    const a = byStart[i]!;
    for (let j = i + 1; j < byStart.length; j++) {
      const b = byStart[j]!;
      if (b.start - a.end > maxApart) break;
      if (sharesDocument(a.documents, b.documents)) continue;
      const gap = Math.max(a.start - b.end, b.start - a.end);
      const overlap = gap < 0;
      if (!overlap && gap > maxApart) continue;
      // Told as the events came: the earlier of the two in the list first.
      const [first, second] = a.index < b.index ? [a, b] : [b, a];
      const similarity = wordOverlap(wordsOf(first), wordsOf(second));
      if (similarity < (overlap ? agreeing : differing)) continue;
      const targets: [PassageRef, PassageRef] = [passageOf(first.event), passageOf(second.event)];
      const key = targets.map(passageKey).sort().join('|');
      if (rejected.has(key)) continue;
      found.push({
        suggestion: {
          key,
          eventIds: [first.event.id, second.event.id],
          targets,
          similarity,
          datesDiffer: !overlap,
        },
        order: [first.index, second.index],
      });
    }
  }
  // Pairs in the order the list gives them, as a comparison of every pair would find them.
  found.sort((x, y) => x.order[0] - y.order[0] || x.order[1] - y.order[1]);
  const candidates = found.map((f) => f.suggestion);
  candidates.sort((x, y) => y.similarity - x.similarity);
  const used = new Set<string>();
  return candidates.filter((s) => {
    if (s.eventIds.some((id) => used.has(id))) return false;
    s.eventIds.forEach((id) => used.add(id));
    return true;
  });
}
