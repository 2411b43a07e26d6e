import { valueStart } from '../../calendar/interval.ts';
import { calendarDaysBetween } from '../../calendar/yearRange.ts';
import { classOfHead, type BuildContext, type Draft } from './draft.ts';

/** How far back (in days) the story's main event may lie before the publication date. */
const MAIN_EVENT_WINDOW_DAYS = 31;
/** How many paragraphs back a "day under discussion" is still under discussion. */
export const DISCUSSION_PARAGRAPHS = 3;
/** How many earlier drafts the search for the day under discussion looks at (keeps it linear). */
const MAX_LOOKBACK_DRAFTS = 40;

const isDayOrFiner = (d: Draft): boolean =>
  d.start?.precision === 'day' || d.start?.precision === 'minute';

/**
 * The story's main dated event: the first happening in the text dated to a day, on or
 * before the publication date and within a month of it. News leads tell the latest
 * development first, often without a date ("Opposition leaders are back behind bars
 * …"); such undated lead clauses refer to this event. Taking the first such day in the
 * text, rather than the latest, keeps a trailing "this article was amended on …" or an
 * aside from standing in for the story. Undefined when the story dates no recent day;
 * then the publication date stands in.
 */
export function mainEvent(drafts: readonly Draft[], context: BuildContext): Draft | undefined {
  const published = valueStart(context.article.publishedOn);
  let best: Draft | undefined;
  for (const d of drafts) {
    if (!isDayOrFiner(d) || d.inferredFrom !== undefined) continue;
    if (context.statusOf(d) !== 'happened') continue;
    const day = valueStart(d.start!.value.slice(0, 10));
    const age = calendarDaysBetween(published, day);
    if (age < 0 || age > MAIN_EVENT_WINDOW_DAYS) continue;
    if (!best || d.quote.start < best.quote.start) best = d;
  }
  return best;
}

/**
 * The day the text is talking about at `position`: the nearest earlier happening
 * dated to a day, not planned, no more than {@link DISCUSSION_PARAGRAPHS} paragraphs back;
 * the nearest of the kind the text names ("the march reached the palace at 3 p.m.")
 * when there is one.
 * `drafts` are in text order (as the pipeline keeps them until merging), so the search
 * walks back from `position` and stops at the paragraph limit.
 */
export function dayUnderDiscussion(
  drafts: readonly Draft[],
  position: number,
  paragraph: number,
  context: BuildContext,
  /** Kinds of happening the text at `position` names ("the march"): a dated one of these wins. */
  preferredClasses: ReadonlySet<string> = new Set(),
): Draft | undefined {
  let lo = 0;
  let hi = drafts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (drafts[mid]!.quote.start < position) lo = mid + 1;
    else hi = mid;
  }
  let nearest: Draft | undefined;
  for (let i = lo - 1; i >= Math.max(0, lo - MAX_LOOKBACK_DRAFTS); i--) {
    const d = drafts[i]!;
    if (paragraph - d.sentence.paragraph > DISCUSSION_PARAGRAPHS) break;
    if (!isDayOrFiner(d) || d.inferredFrom !== undefined) continue;
    if (context.statusOf(d) === 'planned') continue;
    const cls = classOfHead(d.head);
    if (preferredClasses.size === 0 || (cls !== undefined && preferredClasses.has(cls))) return d;
    nearest ??= d;
  }
  return nearest;
}

/** Computes a value the first time it is asked for. */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
