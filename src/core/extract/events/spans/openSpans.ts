import { describePoint } from '../../../calendar/describeDate.ts';
import { intervalOf } from '../../../calendar/interval.ts';
import type { DatePoint, EventStatus, Timex } from '../../../model/index.ts';
import {
  AT_LEAST,
  CONTINUING_VERBS,
  isNegation,
  MOVING_VERBS,
  RUN_FRAMES,
  SINCE_WORDS,
  SO_FAR_AFTER,
  SO_FAR_BEFORE,
  UNTIL_WORDS,
} from '../../lexicon/en/index.ts';
import { dayWords, readingOf } from '../dateFromTimex.ts';
import type { BuildContext, Draft, EventStep, Range } from '../draft.ts';
import { roleOf } from '../findHappenings.ts';
import { timexValueToPoint } from '../timexPoint.ts';
import type { Word } from '../../grammar/tokens.ts';
import {
  dayOf,
  joinedQuote,
  publicationDay,
  referenceOfTimex,
  startsNoEarlier,
} from './spanPoints.ts';

/** The words just before `offset` within the sentence (spaces only after the last). */
function wordsBefore(context: BuildContext, draft: Draft, offset: number, count: number): Word[] {
  const words = context.words(Math.max(draft.sentence.start, offset - 30), offset);
  const last = words[words.length - 1];
  if (!last || /\S/.test(context.text.slice(last.end, offset))) return [];
  return words.slice(-count);
}

function isSequence(words: readonly Word[], expected: readonly string[]): boolean {
  return words.length === expected.length && words.every((w, i) => w.lower === expected[i]);
}

/**
 * The clause verb that governs a draft's date: the first verb group before it, else the
 * one after it ("Since 1983, Westinghouse has shed 70 businesses").
 */
function governingVerb(context: BuildContext, draft: Draft, anchor: Timex) {
  return (
    context.clauseVerb(draft.quote.start, Math.max(draft.quote.start, anchor.span.start)) ??
    context.clauseVerb(anchor.span.end, draft.quote.end)
  );
}

/** A state that holds at the publication date: present, present perfect or a plan to go on. */
function stateStatus(context: BuildContext, draft: Draft, anchor: Timex): EventStatus | undefined {
  const verb = governingVerb(context, draft, anchor);
  const form = verb?.form;
  if (form === 'present' || form === 'perfect') return 'ongoing';
  if (form === 'future' || form === 'conditional' || draft.tense === 'future')
    return verb && CONTINUING_VERBS.has(verb.main.lower) ? 'ongoing' : 'planned';
  if (form === undefined && draft.tense === 'present') return 'ongoing';
  return undefined;
}

/** "since March 4": the start of a state, ongoing when the clause says it still holds. */
function sinceStart(context: BuildContext, draft: Draft, anchor: Timex): Draft | undefined {
  const start = timexValueToPoint(anchor.value, anchor.mod);
  const since = wordsBefore(context, draft, anchor.span.start, 1)[0];
  if (!start || !since || !SINCE_WORDS.has(since.lower)) return undefined;
  const phrase = { start: since.start, end: anchor.span.end };
  const holds = stateStatus(context, draft, anchor);
  const status: EventStatus = holds === 'ongoing' ? 'ongoing' : 'happened';
  return {
    ...draft,
    start,
    phrase,
    rule: 'since-start',
    reference: referenceOfTimex(anchor),
    reasons: [
      ...draft.reasons,
      readingOf(context, draft, anchor, phrase),
      status === 'ongoing'
        ? 'the start of a state that still holds'
        : 'the start of a state the story tells as past',
    ],
    status,
  };
}

/**
 * "the first title since 1974": the happening ends a run that began then. With no date
 * of its own (findHappenings drops the run when the sentence has one), the run reaches
 * the date the story told just before ("The club won the cup on Saturday. It was its
 * first title since 1974."), else the publication date; its end is approximate.
 */
function runSince(
  context: BuildContext,
  draft: Draft,
  anchor: Timex,
  before: Draft | undefined,
): Draft | undefined {
  const start = timexValueToPoint(anchor.value, anchor.mod);
  if (!start) return undefined;
  const lead = context.words(
    Math.max(draft.quote.start, anchor.span.start - 80),
    anchor.span.start,
  );
  const frame = lead.find((w) => RUN_FRAMES.has(w.lower));
  if (!frame) return undefined;
  const told = before && before.start && startsNoEarlier(start, before.start) ? before : undefined;
  const end = { ...(told ? told.start! : publicationDay(context)), approximate: true };
  if (!startsNoEarlier(start, end)) return undefined;
  const phrase = { start: frame.start, end: anchor.span.end };
  const reaches = told
    ? `the date the story has just told, ${describePoint(told.start!)}`
    : `the publication date, ${dayWords(context.article.publishedOn)}`;
  return {
    ...draft,
    start,
    end,
    phrase,
    rule: 'run-since',
    reference: told ? { kind: 'draft', key: told.key } : { kind: 'document-date' },
    reasons: [
      ...draft.reasons,
      `“${context.text.slice(phrase.start, phrase.end)}”: a run that began then and that this happening ends; its own day is not told, so the run reaches ${reaches}`,
    ],
    status: 'happened',
  };
}

/** Sentences back that a run's happening may take its date from: "It was the first … since 1974". */
const RUN_REACH = 2;

/** The last dated draft of the sentences just before (or of the same one), if any. */
function toldJustBefore(done: readonly Draft[], draft: Draft): Draft | undefined {
  const last = done[done.length - 1];
  if (!last?.start || draft.sentence.index - last.sentence.index > RUN_REACH) return undefined;
  return last;
}

/** "so far this year", "this month to date": from the first day of that period to publication. */
function soFar(context: BuildContext, draft: Draft, anchor: Timex): Draft | undefined {
  if (anchor.anchor.kind !== 'document' || !draft.start) return undefined;
  const before = wordsBefore(context, draft, anchor.span.start, 2);
  const after = context.words(anchor.span.end, Math.min(draft.sentence.end, anchor.span.end + 20));
  const cueBefore = SO_FAR_BEFORE.some((cue) => isSequence(before.slice(-cue.length), cue));
  const cueAfter = SO_FAR_AFTER.find((cue) => isSequence(after.slice(0, cue.length), cue));
  if (!cueBefore && !cueAfter) return undefined;
  const publication = publicationDay(context);
  const period = intervalOf({ start: draft.start });
  const today = intervalOf({ start: publication });
  if (!(period.start <= today.start && today.start < period.end)) return undefined;
  const phrase: Range = cueBefore
    ? { start: before[before.length - 2]!.start, end: anchor.span.end }
    : { start: anchor.span.start, end: after[cueAfter!.length - 1]!.end };
  return {
    ...draft,
    start: dayOf({ ...draft.start, approximate: false }),
    end: publication,
    phrase,
    rule: 'so-far',
    reference: { kind: 'document-date' },
    reasons: [
      `“${context.text.slice(phrase.start, phrase.end)}” in a piece dated ${dayWords(context.article.publishedOn)}: from the first day of that period to the publication date, still under way`,
    ],
    status: 'ongoing',
  };
}

/** The "until" (with "at least") right before a date, and whether the end is open. */
function untilOf(context: BuildContext, draft: Draft, anchor: Timex) {
  const before = wordsBefore(context, draft, anchor.span.start, 3);
  const atLeast = isSequence(before.slice(-2), AT_LEAST);
  const until = atLeast ? before[before.length - 3] : before[before.length - 1];
  if (!until || !UNTIL_WORDS.has(until.lower)) return undefined;
  return { word: until, atLeast };
}

/**
 * "until at least mid-May": the end of a state. After another date of the same sentence
 * ("closed the border on Monday until May") it ends that happening; a state that holds
 * now ("will stay closed until …") runs from the publication date to it; a past one
 * ("lasted until May 1943") keeps its date, named as the end.
 */
function untilEnd(
  context: BuildContext,
  draft: Draft,
  anchor: Timex,
  before: Draft | undefined,
): { draft: Draft; replacesBefore: boolean } | undefined {
  if (!draft.start || draft.end) return undefined;
  const until = untilOf(context, draft, anchor);
  if (!until) return undefined;
  // "postponed until Tuesday": the date a happening was moved to, not the end of a state.
  const verb = governingVerb(context, draft, anchor);
  if (verb && MOVING_VERBS.has(verb.main.lower)) return undefined;
  // "was not to begin until 1993": the date it begins.
  if (context.words(draft.quote.start, until.word.start).some((w) => isNegation(w.lower)))
    return undefined;
  const end: DatePoint = { ...draft.start, approximate: draft.start.approximate || until.atLeast };
  const phrase = { start: until.word.start, end: anchor.span.end };
  const words = `“${context.text.slice(phrase.start, phrase.end)}”`;
  const openEnd = until.atLeast ? ', or later' : '';
  if (
    before &&
    before.sentence.index === draft.sentence.index &&
    before.start &&
    !before.end &&
    before.start.precision !== 'minute' &&
    startsNoEarlier(before.start, end)
  ) {
    return {
      replacesBefore: true,
      draft: {
        ...before,
        quote: joinedQuote(before, draft),
        timexes: [...before.timexes, ...draft.timexes.filter((t) => !before.timexes.includes(t))],
        end,
        phrase: { start: before.phrase?.start ?? before.anchor!.span.start, end: phrase.end },
        rule: 'until-end',
        reasons: [...before.reasons, `lasting ${words}${openEnd}`],
      },
    };
  }
  const status = stateStatus(context, draft, anchor);
  const publication = publicationDay(context);
  if (status && startsNoEarlier(publication, end)) {
    return {
      replacesBefore: false,
      draft: {
        ...draft,
        start: publication,
        end,
        phrase,
        rule: 'until-end',
        reference: { kind: 'document-date' },
        reasons: [
          `${readingOf(context, draft, anchor, phrase)}: a state ${status === 'ongoing' ? 'holding' : 'planned'} from the publication date, ${dayWords(context.article.publishedOn)}, to that end${openEnd}`,
        ],
        status,
      },
    };
  }
  return {
    replacesBefore: false,
    draft: { ...draft, reasons: [...draft.reasons, `the end of what it tells (${words})`] },
  };
}

/**
 * Step. Dates that open or close a stretch rather than mark a day:
 * - "since March 4": the start of a state, ongoing when the clause is present or
 *   present perfect ("have occupied the square since March 4");
 * - "the first title since 1974": a run from then that the happening ends;
 * - "so far this year": from the first day of the year to the publication date, ongoing;
 * - "until at least mid-May": the end of a state (see {@link untilEnd}).
 * Runs after {@link dateFromTimex} (and {@link joinRanges}, whose "from … until" spans
 * it leaves alone) and before statuses are decided.
 */
export const openSpans: EventStep = {
  name: 'open-spans',
  run(drafts, context): Draft[] {
    const result: Draft[] = [];
    for (const draft of drafts) {
      const anchor = draft.anchor;
      const role = anchor && !draft.end ? roleOf(draft, context) : undefined;
      if (!anchor || !role) {
        result.push(draft);
        continue;
      }
      if (role === 'since' && !draft.start) {
        result.push(sinceStart(context, draft, anchor) ?? draft);
      } else if (role === 'run' && !draft.start) {
        result.push(runSince(context, draft, anchor, toldJustBefore(result, draft)) ?? draft);
      } else if (role === 'date') {
        const spanned = soFar(context, draft, anchor);
        const until = spanned
          ? undefined
          : untilEnd(context, draft, anchor, result[result.length - 1]);
        if (until?.replacesBefore) result[result.length - 1] = until.draft;
        else result.push(spanned ?? until?.draft ?? draft);
      } else result.push(draft);
    }
    return result;
  },
};
