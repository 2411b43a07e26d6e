import {
  COMPLEMENTIZERS,
  COUNTED_FROM_WORDS,
  PLAN_MODALS,
  WITHIN_WORDS,
} from '../../lexicon/en/index.ts';
import { wordBefore } from '../anchors.ts';
import { dayWords } from '../dateFromTimex.ts';
import type { BuildContext, Draft, EventStep } from '../draft.ts';
import { roleOf } from '../findHappenings.ts';
import { describeDuration, parseTimexDuration } from '../timexPoint.ts';
import { dayAfter, dayOf, publicationDay } from './spanPoints.ts';

/** The nearest earlier draft of the same sentence dated to the day: what a deadline counts from. */
function countedFrom(drafts: readonly Draft[], index: number): Draft | undefined {
  const sentence = drafts[index]!.sentence.index;
  for (let i = index - 1; i >= 0 && drafts[i]!.sentence.index === sentence; i--) {
    const start = drafts[i]!.start;
    if (start && (start.precision === 'day' || start.precision === 'minute')) return drafts[i];
  }
  return undefined;
}

/** True when the deadline's clause is a plan told now ("must leave", "will finish"), counted from no named happening. */
function plannedNow(context: BuildContext, draft: Draft): boolean {
  const anchor = draft.anchor!;
  const next = context.words(
    anchor.span.end,
    Math.min(draft.sentence.end, anchor.span.end + 12),
  )[0];
  if (next && COUNTED_FROM_WORDS.has(next.lower)) return false;
  const verb = context.clauseVerb(draft.quote.start, anchor.span.start);
  return verb?.modal !== undefined && PLAN_MODALS.has(verb.modal.lower);
}

/**
 * Step. A length after "within" in a plan sets a deadline: "ruled on Tuesday that the
 * company must pay the fine within ten days" runs from that Tuesday to the deadline
 * ten days on, planned. It counts from the day-dated happening before it in the
 * sentence, else from the publication date. Runs once those days are known.
 */
export const deadlines: EventStep = {
  name: 'deadlines',
  run(drafts, context): Draft[] {
    return drafts.map((draft, index) => {
      const anchor = draft.anchor;
      if (!anchor || draft.start || roleOf(draft, context) !== 'deadline') return draft;
      const length = parseTimexDuration(anchor.value);
      const within = wordBefore(context.text, anchor.span.start, context.words, WITHIN_WORDS);
      if (!length || !within) return draft;
      const from = countedFrom(drafts, index);
      // Without a day to count from, only a plan told now counts from the publication
      // date: not "would declare war within three months of Germany's defeat".
      if (!from && !plannedNow(context, draft)) return draft;
      const start = from ? dayOf(from.start!) : publicationDay(context);
      const end = dayAfter(start, length);
      if (!end) return draft;
      const phrase = { start: within.start, end: anchor.span.end };
      const words = `“${context.text.slice(phrase.start, phrase.end)}”`;
      const counted = from
        ? `of the happening dated ${dayWords(start.value)}`
        : `in a piece dated ${dayWords(start.value)}`;
      // "ruled … that the company must pay": the quote starts at the clause itself.
      const first = context.words(draft.quote.start, draft.quote.end)[0];
      const quote =
        first && COMPLEMENTIZERS.has(first.lower) && first.start === draft.quote.start
          ? { start: first.end + 1, end: draft.quote.end }
          : draft.quote;
      return {
        ...draft,
        quote,
        start,
        end,
        phrase,
        rule: 'deadline-within',
        reference: from ? { kind: 'draft', key: from.key } : { kind: 'document-date' },
        reasons: [
          `${words} ${counted}: a deadline ${describeDuration(length)} on, the end of what is planned`,
        ],
        status: 'planned',
      };
    });
  },
};
