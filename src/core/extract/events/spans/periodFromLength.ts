import {
  ENDING_VERBS,
  INDEFINITE_ARTICLES,
  MODIFIER_LENGTH_UNITS,
  NOT_A_PERIOD_AFTER,
  REPORTING_VERBS,
} from '../../lexicon/en/index.ts';
import { wordAlternation } from '../../lexicon/pattern.ts';
import type { BuildContext, Draft, EventStep, Range } from '../draft.ts';
import { roleOf } from '../findHappenings.ts';
import { describeDuration, isClockDuration, parseTimexDuration } from '../timexPoint.ts';
import { firstDayOf, lastUnitOf } from './spanPoints.ts';

/** A length written as a modifier: "90-day", "six-month", "two-year". */
const MODIFIER_LENGTH = new RegExp(
  `^[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*-(?:${wordAlternation(MODIFIER_LENGTH_UNITS)})$`,
  'iu',
);

/** Words between a verb and the length of its object: "launched a 90-day review". */
const OBJECT_REACH = 2;

/**
 * "launched a 90-day review": the length and the noun it measures, when they are the
 * object of the clause's verb, introduced by "a"/"an" ("after a three-day battle",
 * "Hussein's 24-year rule" and "the eight-year war" name periods the date does not start).
 */
function periodIn(context: BuildContext, draft: Draft, verbEnd: number) {
  for (const t of draft.timexes) {
    if (t.span.start < verbEnd) continue;
    const between = context.words(verbEnd, t.span.start);
    const article = between[between.length - 1];
    if (!article || !INDEFINITE_ARTICLES.has(article.lower) || between.length > OBJECT_REACH)
      continue;
    if (t === draft.anchor || t.type !== 'DURATION' || !MODIFIER_LENGTH.test(t.span.text)) continue;
    const parts = parseTimexDuration(t.value);
    if (!parts || isClockDuration(parts)) continue;
    const noun = context.words(t.span.end, Math.min(draft.quote.end, t.span.end + 30))[0];
    if (!noun || !/^\s$/.test(context.text.slice(t.span.end, noun.start))) continue;
    if (NOT_A_PERIOD_AFTER.has(noun.lower) || !/^\p{Ll}+$/u.test(noun.text)) continue;
    return { timex: t, parts, noun };
  }
  return undefined;
}

/**
 * Step. A length that names a period ("a 90-day review", "a six-month ceasefire")
 * dated in its clause runs from that date: "launched a 90-day review on Monday" covers
 * Monday and the 89 days after it; "completed a 90-day review on Monday" ends there
 * (day dates only, as a coarser one cannot tell where it started). A reporting clause ("said on Monday it would hold a
 * 90-day review") dates the saying, not the period, and is left alone. Runs after
 * {@link durationFromEvent}, which reads "for 15 days".
 */
export const periodFromLength: EventStep = {
  name: 'period-from-length',
  run(drafts, context): Draft[] {
    return drafts.map((draft) => {
      const anchor = draft.anchor;
      if (!anchor || !draft.start || draft.end || roleOf(draft, context) !== 'date') return draft;
      const verb = context.clauseVerb(draft.quote.start, draft.quote.end);
      if (!verb || REPORTING_VERBS.has(verb.main.lower)) return draft;
      const period = periodIn(context, draft, verb.end);
      if (!period) return draft;
      // "completed a 90-day review on Monday": the period ends there.
      const ends = verb !== undefined && ENDING_VERBS.has(verb.main.lower);
      const start = ends ? firstDayOf(draft.start, period.parts) : draft.start;
      const end = ends ? draft.start : lastUnitOf(draft.start, period.parts);
      if (!start || !end) return draft;
      const named: Range = { start: period.timex.span.start, end: period.noun.end };
      const phrase = {
        start: Math.min(named.start, draft.phrase?.start ?? anchor.span.start),
        end: Math.max(named.end, draft.phrase?.end ?? anchor.span.end),
      };
      return {
        ...draft,
        start,
        end,
        phrase,
        rule: ends ? 'period-to-end' : 'period-from-start',
        reasons: [
          ...draft.reasons,
          `a period of ${describeDuration(period.parts)} ${ends ? 'up to that end' : 'from that start'} (“${context.text.slice(named.start, named.end)}”)`,
        ],
      };
    });
  },
};
