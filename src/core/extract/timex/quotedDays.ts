import { parseTimemlDate } from '../../calendar/timemlValue.ts';
import type { Timex } from '../../model/index.ts';
import { REPORTING_VERBS } from '../lexicon/en/index.ts';
import { quotationRanges } from './reference.ts';

/** How far around a quotation its reporting clause is looked for ("…," the minister said on Monday). */
const REACH = 160;
/** How far before a date its verb of saying may stand: "told reporters on Tuesday". */
const VERB_REACH = 40;

type Quotation = readonly [number, number];

/** The words of a stretch of text, lower case: no regular expression state to share. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}'’]+/u);
}

/** True when `offset` lies inside one of `quotations` (in text order). */
function within(quotations: readonly Quotation[], offset: number): Quotation | undefined {
  return quotations.find(([from, to]) => from < offset && offset < to);
}

/**
 * The stretch of the sentence(s) around a quotation, outside it: back to the sentence
 * end or line break before it, on to the one after it.
 */
function surroundings(text: string, [from, to]: Quotation): { start: number; end: number } {
  const before = text.slice(Math.max(0, from - REACH), from);
  const stop = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s+(?=[^.!?]*$)/));
  const start = from - before.length + (stop >= 0 ? stop + 1 : 0);
  const after = text.slice(to, Math.min(text.length, to + REACH));
  const end = after.search(/[.!?]\s|\n/);
  return { start, end: end >= 0 ? to + end + 1 : to + after.length };
}

/** The day a TimeML value names (a day, or a part or minute of one), as a UTC time. */
function dayTime(value: string): number | undefined {
  const date = parseTimemlDate(value);
  if (!date || date.bc || date.month === undefined || date.day === undefined) return undefined;
  const time = new Date(Date.UTC(2000, 0, 1));
  time.setUTCFullYear(date.year, date.month - 1, date.day);
  return time.getTime();
}

/** A UTC time back to YYYY-MM-DD. */
function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The day the quoted words were said: a day-dated expression of the reporting clause. */
function dayOfSaying(
  text: string,
  timexes: readonly Timex[],
  quotations: readonly Quotation[],
  quotation: Quotation,
): Timex | undefined {
  const around = surroundings(text, quotation);
  return timexes.find((t) => {
    if (t.span.start < around.start || t.span.end > around.end) return false;
    if (within(quotations, t.span.start) || parseTimemlDate(t.value)?.unit !== 'day') return false;
    if (t.rule === 'day-word') return false;
    // "…," the minister said on Monday / On Monday, the minister said: "…"
    const near = text.slice(Math.max(around.start, t.span.start - VERB_REACH), t.span.start);
    const next = text.slice(t.span.end, Math.min(around.end, t.span.end + VERB_REACH));
    return [...wordsOf(near), ...wordsOf(next)].some((w) => REPORTING_VERBS.has(w));
  });
}

/**
 * "Today" inside a quotation is the day the words were said: `"We will vote today," the
 * minister said on Monday` reads "today" as that Monday (and "yesterday" as the day
 * before it), anchored on the expression that dates the saying. Words of the reporter,
 * and quotations whose saying is not dated, keep the publication date. Runs on the
 * normalised timexes, since the day of saying may come after the quotation. Pure.
 */
export function readQuotedDays(
  text: string,
  timexes: readonly Timex[],
  documentDate: string,
): Timex[] {
  const published = dayTime(documentDate);
  if (published === undefined || !timexes.some((t) => t.rule === 'day-word')) return [...timexes];
  const quotations = quotationRanges(text);
  if (quotations.length === 0) return [...timexes];
  return timexes.map((t) => {
    if (t.rule !== 'day-word' || t.anchor.kind !== 'document') return t;
    const quotation = within(quotations, t.span.start);
    const day = dayTime(t.value);
    if (!quotation || day === undefined) return t;
    const saying = dayOfSaying(text, timexes, quotations, quotation);
    const said = saying && dayTime(saying.value);
    if (!saying || said === undefined || said === published) return t;
    const value = dayOf(said + (day - published)) + t.value.slice(10);
    return {
      ...t,
      value,
      anchor: { kind: 'timex', timexId: saying.id, value: saying.value },
      rule: `${t.rule}+quoted-day`,
    };
  });
}
