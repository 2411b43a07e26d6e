import { describePoint } from '../../calendar/describeDate.ts';
import type { Timex } from '../../model/index.ts';
import type { BuildContext, Draft, EventStep, Range } from './draft.ts';
import { roleOf } from './findHappenings.ts';
import { timexValueToPoint } from './timexPoint.ts';

/** "called for", "set for", "due on" right before a date belong to the phrase that gave it. */
const SCHEDULED_BEFORE =
  /\b(called|set|scheduled|slated|planned|due|timed|fixed|expected|postponed|moved|delayed)\s+(for|on|in|until|to)\s+$/i;

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
      return `${words} read against an earlier date in the text${timex.anchor.value ? ` (${timex.anchor.value})` : ''}${tense}`;
    case 'document':
      return `${words} in a piece dated ${documentDateWords(context)}${tense}`;
  }
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
