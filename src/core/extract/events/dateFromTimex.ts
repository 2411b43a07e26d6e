import { describePoint } from '../../calendar/describeDate.ts';
import { SCHEDULING_PHRASE_VERBS, SCHEDULING_PREPOSITIONS } from '../lexicon/en/index.ts';
import { wordAlternation } from '../lexicon/pattern.ts';
import type { Timex } from '../../model/index.ts';
import type { BuildContext, Draft, EventStep, Range } from './draft.ts';
import { roleOf } from './findHappenings.ts';
import { timexValueToPoint } from './timexPoint.ts';

/** "called for", "set for", "due on" right before a date belong to the phrase that gave it. */
const SCHEDULED_BEFORE = new RegExp(
  `\\b(${wordAlternation(SCHEDULING_PHRASE_VERBS)})\\s+(${wordAlternation(SCHEDULING_PREPOSITIONS)})\\s+$`,
  'i',
);

/** The words that gave a date: the expression, with a scheduling verb just before it. */
export function datePhrase(text: string, timex: Timex): Range {
  const lookBehind = text.slice(Math.max(0, timex.span.start - 40), timex.span.start);
  const m = SCHEDULED_BEFORE.exec(lookBehind);
  return {
    start: m ? timex.span.start - (lookBehind.length - m.index) : timex.span.start,
    end: timex.span.end,
  };
}

/** The publication date in words: "27 February 2012". */
export function documentDateWords(context: BuildContext): string {
  return dayWords(context.article.publishedOn);
}

/** A day `YYYY-MM-DD` in words, "27 February 2012". */
export function dayWords(day: string): string {
  return describePoint({ value: day, precision: 'day', approximate: false });
}

/** Why an expression gives the date it does, in words, without the date itself. */
export function readingOf(
  context: BuildContext,
  draft: Draft,
  timex: Timex,
  phrase: Range,
): string {
  const words = `“${context.text.slice(phrase.start, phrase.end)}”`;
  const tense = draft.tense === 'future' || draft.tense === 'past' ? `, ${draft.tense} tense` : '';
  switch (timex.anchor.kind) {
    case 'none':
      return `${words} gives the date in full`;
    case 'timex':
      // "“We will vote today,” the minister said on Monday": today is the day of saying.
      if (timex.rule.endsWith('+quoted-day'))
        return `${words} in quoted words, read against the day they were said, ${referenceWords(context, timex)}${tense}`;
      return `${words}, read against ${referenceWords(context, timex)}${tense}`;
    case 'document':
      return `${words} in a piece dated ${documentDateWords(context)}${tense}`;
  }
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Index of the sentence holding `offset`. */
function sentenceAt(context: BuildContext, offset: number): number | undefined {
  const sentences = context.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  let found: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = sentences[mid]!.index;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The earlier expression a date was read against, named with where it stands:
 * "“1940” two sentences before", "“June 10” in the same sentence".
 */
export function referenceWords(context: BuildContext, timex: Timex): string {
  const ref = context.timexes.find((t) => t.id === timex.anchor.timexId);
  if (!ref)
    return `an earlier date in the text${timex.anchor.value ? ` (${timex.anchor.value})` : ''}`;
  const from = sentenceAt(context, ref.span.start);
  const to = sentenceAt(context, timex.span.start);
  const quoted = `“${ref.span.text}”`;
  if (from === undefined || to === undefined) return `${quoted} earlier in the text`;
  const apart = to - from;
  if (apart <= 0) return `${quoted} in the same sentence`;
  if (apart === 1) return `${quoted} in the sentence before`;
  return `${quoted} ${COUNT_WORDS[apart] ?? String(apart)} sentences before`;
}

/**
 * Step 3. Dates each draft whose anchor is a calendar date or a full date-time, at the
 * precision the text gave ("last month" is the month, not a day).
 */
export const dateFromTimex: EventStep = {
  name: 'date-from-timex',
  run(drafts, context): Draft[] {
    return drafts.map((draft) => {
      const anchor = draft.anchor;
      if (!anchor || draft.start) return draft;
      const role = roleOf(draft, context);
      if (role !== 'date' && role !== 'clock') return draft;
      const start = timexValueToPoint(anchor.value, anchor.mod);
      if (!start) return draft;
      const phrase = datePhrase(context.text, anchor);
      return {
        ...draft,
        start,
        phrase,
        rule: anchor.anchor.kind === 'none' ? 'stated-date' : `timex-${anchor.rule}`,
        reference:
          anchor.anchor.kind === 'document'
            ? { kind: 'document-date' as const }
            : { kind: 'expression' as const, timex: anchor },
        reasons: [...draft.reasons, readingOf(context, draft, anchor, phrase)],
      };
    });
  },
};
