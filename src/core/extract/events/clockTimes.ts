import { add } from 'date-fns';
import { valueStart } from '../../calendar/interval.ts';
import { minuteValue } from '../../calendar/yearRange.ts';
import { dayWords } from './dateFromTimex.ts';
import type { DatePoint } from '../../model/index.ts';
import type { BuildContext, Draft, EventStep } from './draft.ts';
import { eventClassesIn } from './words.ts';
import { roleOf } from './findHappenings.ts';
import { dayUnderDiscussion, mainEvent, once } from './storyline.ts';
import {
  clockTimeOf,
  describeDuration,
  isClockDuration,
  parseTimexDuration,
} from './timexPoint.ts';

/** Rules of expressions that name a day of their own ("the next morning", "yesterday"). */
const DAY_RULE = /\b(?:anaphoric-day|day-word)\b/;

const otherThan = (draft: Draft, other: Draft | undefined): Draft | undefined =>
  other && other.key !== draft.key ? other : undefined;

const quoteOf = (context: BuildContext, d: Draft): string =>
  context.text.slice((d.phrase ?? d.quote).start, (d.phrase ?? d.quote).end);

/**
 * Step. A time of day with no day of its own ("the rally began at noon") belongs to the
 * day under discussion, not to the publication date. Needs the days found by
 * {@link dateFromTimex}, so it runs after it.
 */
export const clockTimesOnDay: EventStep = {
  name: 'clock-times-on-day',
  run(drafts, context): Draft[] {
    const mainOnce = once(() => mainEvent(drafts, context));
    return drafts.map((draft) => {
      const anchor = draft.anchor;
      if (!anchor || roleOf(draft, context) !== 'clock') return draft;
      // "5 a.m. the next morning", "10 p.m. yesterday": the expression names its own day,
      // which the engine has already counted (past midnight, when it says so).
      const statedDay =
        anchor.stated.day !== undefined ||
        anchor.stated.weekday !== undefined ||
        DAY_RULE.test(anchor.rule);
      const clock = clockTimeOf(anchor.value);
      if (statedDay || !clock) return draft;
      // The day under discussion, else the story's main event, else what the engine chose.
      const dayDraft =
        dayUnderDiscussion(
          drafts,
          draft.quote.start,
          draft.sentence.paragraph,
          context,
          eventClassesIn(context.text, draft.quote.start, draft.quote.end, context.words),
        ) ?? otherThan(draft, mainOnce());
      if (!dayDraft && draft.start) return draft;
      const day = dayDraft?.start?.value.slice(0, 10) ?? context.article.publishedOn;
      const time = `${String(clock.hours).padStart(2, '0')}:${String(clock.minutes).padStart(2, '0')}`;
      const start: DatePoint = { value: `${day}T${time}`, precision: 'minute', approximate: false };
      const dayInWords = dayWords(day);
      const words = `“${anchor.span.text}”`;
      return {
        ...draft,
        start,
        phrase: { start: anchor.span.start, end: anchor.span.end },
        rule: 'clock-time-on-event-day',
        reference: dayDraft
          ? { kind: 'draft' as const, key: dayDraft.key }
          : { kind: 'document-date' as const },
        reasons: [
          dayDraft
            ? `${words} is a time of day on the day under discussion, ${dayInWords} (“${quoteOf(context, dayDraft)}”)`
            : `${words} is a time of day; no day is under discussion, so the publication date, ${dayInWords}`,
        ],
      };
    });
  },
};

/** The end of a happening that starts at `start` and lasts `value` (PT2H). */
function endAfter(start: DatePoint, value: string): DatePoint | undefined {
  const parts = parseTimexDuration(value);
  if (!parts || !isClockDuration(parts)) return undefined;
  const end = minuteValue(add(valueStart(start.value), parts));
  if (end === undefined) return undefined;
  return {
    value: end,
    precision: 'minute',
    approximate: start.approximate,
  };
}

/** How many paragraphs back "the two-hour rally" may look for the rally it measures. */
const LENGTH_LOOKBACK_PARAGRAPHS = 4;
const LENGTH_LOOKBACK_DRAFTS = 40;

/**
 * Step. A length in hours or minutes describes one happening: "began at noon … the
 * two-hour rally" runs 12:00–14:00. A length in the same clause as a clock time ends
 * that happening; a length on an event noun ("the two-hour rally") ends the nearest
 * earlier happening of the same kind that has a clock time, and its clause becomes
 * one more source of it. A length with nothing to measure dates nothing and is dropped.
 * Runs after {@link clockTimesOnDay}.
 */
export const clockLengths: EventStep = {
  name: 'clock-lengths',
  run(drafts, context): Draft[] {
    const result = drafts.map((d) => {
      if (d.start?.precision !== 'minute' || d.end) return d;
      for (const length of d.timexes) {
        if (length === d.anchor || length.type !== 'DURATION') continue;
        const end = endAfter(d.start, length.value);
        if (end) return { ...d, end, reasons: [...d.reasons, `lasting “${length.span.text}”`] };
      }
      return d;
    });
    const dropped = new Set<number>();
    for (const [i, draft] of drafts.entries()) {
      if (roleOf(draft, context) !== 'length' || draft.head?.kind !== 'noun' || !draft.anchor)
        continue;
      dropped.add(draft.key);
      const nounClass = draft.head.nounClass;
      // Drafts are in text order: walk back until the paragraph limit.
      let index = -1;
      for (let j = i - 1; j >= Math.max(0, i - LENGTH_LOOKBACK_DRAFTS); j--) {
        const d = result[j]!;
        if (draft.sentence.paragraph - d.sentence.paragraph > LENGTH_LOOKBACK_PARAGRAPHS) break;
        const sameKind = d.head?.kind === 'noun' && d.head.nounClass === nounClass;
        if (sameKind && d.start?.precision === 'minute' && !dropped.has(d.key)) {
          index = j;
          break;
        }
      }
      const target = result[index];
      if (!target?.start) continue;
      const parts = parseTimexDuration(draft.anchor.value);
      result[index] = {
        ...target,
        end: target.end ?? endAfter(target.start, draft.anchor.value),
        extraSources: [
          ...target.extraSources,
          { range: draft.quote, sentence: draft.sentence.index },
        ],
        timexes: [...target.timexes, draft.anchor],
        reasons: [
          ...target.reasons,
          `lasting ${parts ? describeDuration(parts) : draft.anchor.span.text} (“${draft.anchor.span.text}”, sentence ${draft.sentence.index + 1})`,
        ],
      };
    }
    return result.filter((d) => !dropped.has(d.key));
  },
};
