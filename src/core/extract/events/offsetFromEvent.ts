import { add, sub } from 'date-fns';
import { pointStart, valueStart } from '../../calendar/interval.ts';
import { dayValue, minuteValue } from '../../calendar/yearRange.ts';
import { describePoint } from '../../calendar/describeDate.ts';
import type { DatePoint } from '../../model/index.ts';
import {
  classOfHead,
  type BuildContext,
  type Draft,
  type DraftReference,
  type EventStep,
  type Head,
  type Range,
} from './draft.ts';
import { roleOf, trimRange } from './findHappenings.ts';
import { verbHeadOf } from './findHeads.ts';
import { dayUnderDiscussion, mainEvent, once } from './storyline.ts';
import {
  describeDuration,
  isApproximateMod,
  parseTimexDuration,
  type DurationParts,
} from './timexPoint.ts';
import { ARTICLES, DETERMINERS, FORWARD_OFFSET_WORDS } from '../lexicon/en/index.ts';
import type { Word } from '../grammar/tokens.ts';
import { eventNounClass } from './words.ts';

const BACKWARD = FORWARD_OFFSET_WORDS;

/** Characters of `YYYY-MM-DD` kept for a year and a month: an offset keeps what is known. */
const COARSE_WIDTH: Partial<Record<DatePoint['precision'], number>> = { year: 4, month: 7 };

/**
 * A point moved by a duration, keeping the precision of the point it came from: a day
 * (or minute) stays one; "a year after" 2013 is 2014, not 1 January 2014. Undefined when
 * it lands beyond the years the model holds.
 */
export function shift(
  point: DatePoint,
  parts: DurationParts,
  sign: 1 | -1,
  approximate: boolean,
): DatePoint | undefined {
  const minute = point.precision === 'minute';
  const base = minute ? valueStart(point.value) : pointStart(point);
  const moved = sign === 1 ? add(base, parts) : sub(base, parts);
  const value = minute ? minuteValue(moved) : dayValue(moved);
  if (value === undefined) return undefined;
  const width = COARSE_WIDTH[point.precision];
  return {
    value: width ? value.slice(0, width) : value,
    precision: minute ? 'minute' : width ? point.precision : 'day',
    approximate: approximate || point.approximate,
  };
}

/**
 * True when an offset draft has no verb of its own ("a year after") and follows a clause
 * of the same sentence dated by its own expression: it restates that date, it is no
 * happening of its own.
 */
function apposesDatedClause(
  context: BuildContext,
  sameSentence: readonly Draft[],
  draft: Draft,
): boolean {
  if (context.clauseVerb(draft.quote.start, draft.quote.end)) return false;
  return sameSentence.some(
    (d) => d !== draft && d.quote.end <= draft.quote.start && d.start && d.anchor,
  );
}

/** The happening named after "after"/"before": "their release from prison". */
function nounPhraseHead(words: readonly Word[], range: Range): Head | undefined {
  const noun = words.find((w) => !DETERMINERS.has(w.lower) && !ARTICLES.has(w.lower));
  if (!noun) return undefined;
  return {
    kind: 'noun',
    word: { start: noun.start, end: noun.end },
    nounClass: eventNounClass(noun) ?? `word:${noun.lower}`,
    phrase: range,
  };
}

/** The nearest earlier draft dated to a day whose happening is of `kind`. */
function earlierOfKind(drafts: readonly Draft[], index: number, kind: string): Draft | undefined {
  // Drafts are in text order; a bounded look back keeps long texts linear.
  for (let i = index - 1; i >= Math.max(0, index - 200); i--) {
    const d = drafts[i]!;
    const precision = d.start?.precision;
    if ((precision === 'day' || precision === 'minute') && classOfHead(d.head) === kind) return d;
  }
  return undefined;
}

interface Reckoning {
  from: Draft | undefined;
  /** What the offset is counted from, in words, for the explanation. */
  fromWords: string;
  point: DatePoint;
  reference: DraftReference;
}

/** The date an offset is counted from: a date earlier in the clause, else the story's main event. */
function reckonFrom(
  context: BuildContext,
  sameSentence: readonly Draft[],
  main: Draft | undefined,
  draft: Draft,
): Reckoning | undefined {
  const sameClause = sameSentence.find(
    (d) =>
      d.sentence.index === draft.sentence.index &&
      d.start &&
      d.anchor &&
      d.anchor.span.end <= draft.anchor!.span.start &&
      !/[,;:–—]/.test(context.text.slice(d.anchor.span.end, draft.anchor!.span.start)),
  );
  const from = sameClause ?? main;
  if (from?.start) {
    const phrase = from.phrase ?? from.quote;
    const label = context.text.slice(phrase.start, phrase.end);
    return {
      from,
      fromWords: `${sameClause ? 'the date of its clause' : 'the story’s main event'}, “${label}” (${describePoint(from.start)})`,
      // Offsets in days and weeks count from the day, not from a clock time on it.
      point:
        from.start.precision === 'minute'
          ? { ...from.start, value: from.start.value.slice(0, 10), precision: 'day' }
          : from.start,
      reference: { kind: 'draft', key: from.key },
    };
  }
  const point: DatePoint = {
    value: context.article.publishedOn,
    precision: 'day',
    approximate: false,
  };
  return {
    from: undefined,
    fromWords: `the publication date (${describePoint(point)})`,
    point,
    reference: { kind: 'document-date' },
  };
}

/**
 * Step. Offsets between happenings:
 * - "X less than two weeks after Y", Y undated: Y lies within the two weeks before X
 *   (start about X − 2 weeks, end X); "two days after Y": Y = X − 2 days. X is the date
 *   of the same clause, else the story's main event ({@link mainEvent}), else the
 *   publication date. "before" runs the other way.
 * - "X two days after the March 3 vote": X = the vote's date + 2 days.
 * - "A week later, X": X = the day under discussion + 1 week.
 * Needs the dates of other drafts, so it runs after every step that dates from the text.
 */
export const offsetFromEvent: EventStep = {
  name: 'offset-from-event',
  run(drafts, context): Draft[] {
    const mainOnce = once(() => mainEvent(drafts, context));
    const bySentence = new Map<number, Draft[]>();
    for (const d of drafts) {
      const list = bySentence.get(d.sentence.index) ?? [];
      list.push(d);
      bySentence.set(d.sentence.index, list);
    }
    return drafts.map((draft, index) => {
      const anchor = draft.anchor;
      if (!anchor || draft.start || roleOf(draft, context) !== 'offset') return draft;
      const parts = parseTimexDuration(anchor.value);
      const directionWord = context.words(
        anchor.span.end,
        Math.min(draft.sentence.end, anchor.span.end + 40),
      )[0];
      if (!parts || !directionWord) return draft;
      const backward = BACKWARD.has(directionWord.lower);
      const bounded = anchor.mod === 'LESS_THAN' || anchor.mod === 'EQUAL_OR_LESS';
      const approximate = isApproximateMod(anchor.mod) && !bounded;
      const lengthWords = describeDuration(parts);
      const offsetWords = `“${context.text.slice(anchor.span.start, directionWord.end)}”`;

      // "a week later": this clause happened that long after the day under discussion.
      if (directionWord.lower !== 'after' && directionWord.lower !== 'before') {
        const from = dayUnderDiscussion(
          drafts,
          draft.quote.start,
          draft.sentence.paragraph,
          context,
        );
        if (!from?.start) return draft;
        const start = shift(from.start, parts, backward ? 1 : -1, approximate);
        if (!start) return draft;
        return {
          ...draft,
          head: draft.head ?? verbHeadOf(context.text, draft.quote, context.clauseVerb),
          start,
          phrase: { start: anchor.span.start, end: directionWord.end },
          rule: 'offset-from-event',
          reference: { kind: 'draft', key: from.key },
          reasons: [
            `${offsetWords}: ${lengthWords} ${backward ? 'after' : 'before'} the day under discussion (${describePoint(from.start)})`,
          ],
        };
      }

      // The named happening runs to the end of the clause: "before the strike, the union said".
      const clauseEnd = Math.max(directionWord.end, draft.quote.end);
      const separator = /[,;:–—(]/.exec(context.text.slice(directionWord.end, clauseEnd));
      const npRange = trimRange(context.text, {
        start: directionWord.end,
        end: separator ? directionWord.end + separator.index : clauseEnd,
      });
      const npWords = context.words(npRange.start, npRange.end);
      const phrase = {
        start: anchor.span.start,
        end: npRange.end > npRange.start ? npRange.end : directionWord.end,
      };
      const phraseWords = `“${context.text.slice(phrase.start, phrase.end).replace(/[.!?]+$/, '')}”`;

      // "two days after [the March 3 vote]": the named happening is dated in the next clause.
      if (npWords.length === 0) {
        const named = (bySentence.get(draft.sentence.index) ?? []).find(
          (d) =>
            d.sentence.index === draft.sentence.index &&
            d.quote.start >= draft.quote.end &&
            d.start,
        );
        const start = named?.start && shift(named.start, parts, backward ? 1 : -1, approximate);
        if (!named?.start || !start) return draft;
        // "Rebels seized the town in 2014, a year after the army withdrew in 2013": the
        // offset only restates the date of the clause before, which has its own.
        if (apposesDatedClause(context, bySentence.get(draft.sentence.index) ?? [], draft))
          return draft;
        return {
          ...draft,
          head: draft.head ?? verbHeadOf(context.text, draft.quote, context.clauseVerb),
          start,
          phrase,
          rule: 'offset-from-event',
          reference: { kind: 'draft', key: named.key },
          reasons: [
            `${offsetWords} ${describePoint(named.start)}: ${lengthWords} ${backward ? 'later' : 'earlier'}`,
          ],
        };
      }

      // "talks collapsed two days before [the strike]", the strike dated earlier in the text:
      // this clause is dated from it.
      const namedHead = nounPhraseHead(npWords, npRange);
      const namedKind = classOfHead(namedHead);
      const dated = namedKind === undefined ? undefined : earlierOfKind(drafts, index, namedKind);
      const datedStart = dated?.start && shift(dated.start, parts, backward ? 1 : -1, approximate);
      if (dated?.start && datedStart) {
        const label = context.text.slice(
          (dated.phrase ?? dated.quote).start,
          (dated.phrase ?? dated.quote).end,
        );
        return {
          ...draft,
          head: verbHeadOf(context.text, draft.quote, context.clauseVerb),
          start: datedStart,
          end: undefined,
          phrase,
          rule: 'offset-from-event',
          reference: { kind: 'draft', key: dated.key },
          reasons: [
            `${phraseWords}: ${lengthWords} ${backward ? 'after' : 'before'} the happening dated by “${label}” (${describePoint(dated.start)})`,
          ],
        };
      }

      // "X less than two weeks after [their release]": the named happening is dated from X.
      const from = reckonFrom(
        context,
        bySentence.get(draft.sentence.index) ?? [],
        mainOnce(),
        draft,
      );
      if (!from) return draft;
      const sign = backward ? -1 : 1;
      const far = shift(from.point, parts, sign, approximate || bounded);
      if (!far) return draft;
      const near: DatePoint = { ...from.point, approximate: from.point.approximate };
      const [start, end] = bounded ? (backward ? [far, near] : [near, far]) : [far, undefined];
      const within = bounded
        ? `within the ${lengthWords} ${backward ? 'before' : 'after'}`
        : `${lengthWords} ${backward ? 'before' : 'after'}`;
      return {
        ...draft,
        head: namedHead ?? draft.head,
        start,
        end,
        phrase,
        rule: 'offset-from-event',
        reference: from.reference,
        reasons: [`${phraseWords}: ${within} ${from.fromWords}`],
      };
    });
  },
};
