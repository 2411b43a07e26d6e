import { add, addDays, sub, subDays } from 'date-fns';
import { pointStart, valueStart } from '../../../calendar/interval.ts';
import { dayValue } from '../../../calendar/yearRange.ts';
import type { DatePoint, Timex } from '../../../model/index.ts';
import type { BuildContext, Draft, DraftReference } from '../draft.ts';
import type { DurationParts } from '../timexPoint.ts';

/** The publication day as a date point. */
export function publicationDay(context: BuildContext): DatePoint {
  return { value: context.article.publishedOn, precision: 'day', approximate: false };
}

/** The day a point starts on, as a day point: `2024-06-17T10:00` → `2024-06-17`. */
export function dayOf(point: DatePoint): DatePoint {
  const value = dayValue(pointStart(point));
  return {
    value: value ?? point.value.slice(0, 10),
    precision: 'day',
    approximate: point.approximate,
  };
}

/** True when `later` starts no earlier than `earlier`. */
export function startsNoEarlier(earlier: DatePoint, later: DatePoint): boolean {
  return pointStart(later).getTime() >= pointStart(earlier).getTime();
}

/**
 * The last unit of a period of `length` that begins with `start`, at the precision of
 * `start` (day, month or year): 90 days from 17 June 2024 end on 14 September 2024; six
 * months from May 2024 end in October 2024. Undefined for other precisions.
 *
 * @example lastUnitOf({ value: '2024-06-17', precision: 'day', approximate: false }, { days: 90 })
 * // { value: '2024-09-14', precision: 'day', approximate: false }
 */
export function lastUnitOf(start: DatePoint, length: DurationParts): DatePoint | undefined {
  if (start.precision !== 'day' && start.precision !== 'month' && start.precision !== 'year')
    return undefined;
  const last = dayValue(subDays(add(pointStart(start), length), 1));
  if (last === undefined) return undefined;
  const width = start.precision === 'day' ? 10 : start.precision === 'month' ? 7 : 4;
  return {
    value: last.slice(0, width),
    precision: start.precision,
    approximate: start.approximate,
  };
}

/** The day `length` after a day point: the deadline "within ten days" of it sets. */
export function dayAfter(day: DatePoint, length: DurationParts): DatePoint | undefined {
  const value = dayValue(add(valueStart(day.value.slice(0, 10)), length));
  return value === undefined ? undefined : { value, precision: 'day', approximate: false };
}

/** What a date read from an expression was read against, as `dateFromTimex` records it. */
export function referenceOfTimex(timex: Timex): DraftReference {
  return timex.anchor.kind === 'document'
    ? { kind: 'document-date' }
    : { kind: 'expression', timex };
}

/** The quotes of two drafts of one sentence joined into one range. */
export function joinedQuote(a: Draft, b: Draft): { start: number; end: number } {
  return {
    start: Math.min(a.quote.start, b.quote.start),
    end: Math.max(a.quote.end, b.quote.end),
  };
}

/** The first day of a period of `length` that ends with the day `end` (day dates only). */
export function firstDayOf(end: DatePoint, length: DurationParts): DatePoint | undefined {
  if (end.precision !== 'day') return undefined;
  const value = dayValue(addDays(sub(valueStart(end.value), length), 1));
  return value === undefined
    ? undefined
    : { value, precision: 'day', approximate: end.approximate };
}
