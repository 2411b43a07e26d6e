import { add } from 'date-fns';
import { valueStart } from '../../calendar/interval.ts';
import { dayValue } from '../../calendar/yearRange.ts';
import type { DatePoint, Timex } from '../../model/index.ts';
import type { BuildContext, Draft, EventStep } from './draft.ts';
import { verbHeadOf } from './findHeads.ts';
import { describeDuration, isClockDuration, parseTimexDuration } from './timexPoint.ts';
import { FROM_WORDS, LENGTH_WORDS } from '../lexicon/en/index.ts';

/** "for 15 days", "for about two weeks": a calendar duration introduced by "for". */
function lengthOf(
  context: BuildContext,
  draft: Draft,
): { timex: Timex; forStart: number } | undefined {
  for (const t of draft.timexes) {
    if (t === draft.anchor || t.type !== 'DURATION') continue;
    const parts = parseTimexDuration(t.value);
    if (!parts || isClockDuration(parts)) continue;
    const before = context.words(Math.max(draft.quote.start, t.span.start - 20), t.span.start);
    const forWord = [...before]
      .reverse()
      .slice(0, 3)
      .find((w) => LENGTH_WORDS.includes(w.lower));
    if (forWord) return { timex: t, forStart: forWord.start };
  }
  return undefined;
}

/** True when the anchor (or the noun phrase it sits in) follows "after", "following" …. */
function followsFromWord(context: BuildContext, draft: Draft): boolean {
  const phraseStart =
    draft.head?.kind === 'noun'
      ? Math.min(draft.head.phrase.start, draft.anchor!.span.start)
      : draft.anchor!.span.start;
  const before = context.words(Math.max(draft.quote.start, phraseStart - 30), phraseStart);
  return before.slice(-2).some((w) => FROM_WORDS.has(w.lower));
}

function dayPoint(point: DatePoint): DatePoint {
  return { value: point.value.slice(0, 10), precision: 'day', approximate: point.approximate };
}

/**
 * Step. A calendar length anchored on a date: "jailed for 15 days immediately after the
 * February 25 protest" runs from 25 February to about 11 March (the end is approximate:
 * sentences are counted in different ways). When the date belongs to another happening
 * ("the protest"), that happening keeps its draft and the jailing gets its own, which
 * refers to it. Runs after {@link findHeads} and {@link dateFromTimex}.
 */
export const durationFromEvent: EventStep = {
  name: 'duration-from-event',
  run(drafts, context): Draft[] {
    const result: Draft[] = [];
    for (const draft of drafts) {
      result.push(draft);
      const start = draft.start;
      if (!start || draft.end || !draft.anchor) continue;
      if (start.precision !== 'day' && start.precision !== 'minute') continue;
      const length = lengthOf(context, draft);
      if (!length) continue;
      const parts = parseTimexDuration(length.timex.value)!;
      const from = dayPoint(start);
      const endValue = dayValue(add(valueStart(from.value), parts));
      if (endValue === undefined) continue;
      const end: DatePoint = {
        value: endValue,
        precision: 'day',
        approximate: true,
      };
      const phraseStart = Math.min(length.forStart, draft.anchor.span.start);
      const nounEnd = draft.head?.kind === 'noun' ? draft.head.phrase.end : 0;
      const phraseEnd = Math.max(length.timex.span.end, draft.anchor.span.end, nounEnd);
      const phrase = { start: phraseStart, end: phraseEnd };
      const words = `“${context.text.slice(phraseStart, phraseEnd)}”`;
      const lengthWords = describeDuration(parts);
      if (draft.head?.kind === 'noun' && followsFromWord(context, draft)) {
        const head = verbHeadOf(context.text, draft.quote, context.clauseVerb);
        result.push({
          ...draft,
          key: context.nextKey(),
          head,
          start: from,
          end,
          phrase,
          rule: 'duration-from-event',
          reference: { kind: 'draft', key: draft.key },
          reasons: [`${words}: ${lengthWords} from the day of the happening it follows`],
          status: undefined,
        });
      } else {
        const index = result.length - 1;
        result[index] = {
          ...draft,
          start: from,
          end,
          phrase,
          rule: 'duration-from-date',
          reasons: [...draft.reasons, `lasting ${lengthWords} (${words})`],
        };
      }
    }
    return result;
  },
};
