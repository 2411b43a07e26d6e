import { MOVING_VERBS, SPAN_JOINERS, SPAN_OPENERS } from '../../lexicon/en/index.ts';
import { readingOf } from '../dateFromTimex.ts';
import type { BuildContext, Draft, EventStep } from '../draft.ts';
import { roleOf } from '../findHappenings.ts';
import { timexValueToPoint } from '../timexPoint.ts';
import { joinedQuote, referenceOfTimex, startsNoEarlier } from './spanPoints.ts';

const DASH = /^\s*[-–—]\s*$/;

/** The word right before `offset` in the sentence, when only spaces lie between. */
function openerBefore(context: BuildContext, draft: Draft, offset: number) {
  const words = context.words(Math.max(draft.sentence.start, offset - 12), offset);
  const last = words[words.length - 1];
  if (!last || /\S/.test(context.text.slice(last.end, offset))) return undefined;
  return SPAN_OPENERS.has(last.lower) ? last : undefined;
}

/** True when the two dates are joined as the ends of one span, by the word that opened it. */
function joins(context: BuildContext, opener: string, gap: string): boolean {
  if (DASH.test(gap)) return opener !== 'between';
  const word = gap.trim().toLowerCase();
  return SPAN_JOINERS[opener]?.has(word) ?? false;
}

/** "postponed the vote from March 3 to March 10": a verb that moves a date comes before. */
function movesADate(context: BuildContext, draft: Draft, before: number): boolean {
  return context.words(draft.sentence.start, before).some((w) => MOVING_VERBS.has(w.lower));
}

/** One draft for a span whose two ends the text states, or undefined when `a` and `b` are no span. */
function joinPair(context: BuildContext, a: Draft, b: Draft): Draft | undefined {
  if (a.sentence.index !== b.sentence.index || a.start || b.start) return undefined;
  const first = a.anchor;
  const second = b.anchor;
  if (!first || !second || roleOf(a, context) !== 'date' || roleOf(b, context) !== 'date')
    return undefined;
  const opener = openerBefore(context, a, first.span.start);
  const gap = context.text.slice(first.span.end, second.span.start);
  if (!joins(context, opener?.lower ?? '', gap)) return undefined;
  const phraseStart = opener?.start ?? first.span.start;
  if (movesADate(context, a, phraseStart)) return undefined;
  const start = timexValueToPoint(first.value, first.mod);
  const end = timexValueToPoint(second.value, second.mod);
  if (!start || !end || !startsNoEarlier(start, end)) return undefined;
  const phrase = { start: phraseStart, end: second.span.end };
  const words = `“${context.text.slice(phrase.start, phrase.end)}”`;
  const reading =
    first.anchor.kind === 'none' && second.anchor.kind !== 'document'
      ? `${words} gives both ends in full`
      : `${readingOf(context, a, first, phrase)}, both ends of one span`;
  return {
    ...a,
    quote: joinedQuote(a, b),
    timexes: [...a.timexes, ...b.timexes.filter((t) => !a.timexes.includes(t))],
    start,
    end,
    phrase,
    rule: 'stated-span',
    reference: referenceOfTimex(first),
    reasons: [...a.reasons, reading],
  };
}

/**
 * Step. Two dates that the text gives as the ends of one stretch become one happening
 * over it: "between 1998 and 2001", "from March 3 to March 5", "1998–2001", "the
 * 2015-16 school year", at the precision of each end. A verb that moves a date
 * ("postponed … from March 3 to March 10") leaves the two dates apart. Runs right
 * after {@link findHappenings}, before heads are read from the joined quote.
 */
export const joinRanges: EventStep = {
  name: 'join-ranges',
  run(drafts, context): Draft[] {
    const result: Draft[] = [];
    for (let i = 0; i < drafts.length; i++) {
      const next = drafts[i + 1];
      const joined = next ? joinPair(context, drafts[i]!, next) : undefined;
      result.push(joined ?? drafts[i]!);
      if (joined) i++;
    }
    return result;
  },
};
