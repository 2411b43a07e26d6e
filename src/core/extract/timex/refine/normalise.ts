import type { StatedFields, Tense, Timex, TimexAnchor } from '../../../model/index.ts';
import { spanOf } from '../../../model/index.ts';
import {
  SEASON_START,
  pad2,
  parseDay,
  parseValue,
  shift,
  valueAt,
  weekdayDate,
  yearForDay,
  yearForPeriod,
} from '../calendar.ts';
import type { CalendarMeaning, Candidate, RelativeMeaning, StepContext, Unit } from '../types.ts';

/** An earlier expression that later ones may be read against. */
interface Mention {
  id: string;
  value: string;
  end: number;
}

interface State {
  reference: Date;
  /** The last expression with day precision: where a bare clock time falls. */
  lastDay?: Mention;
  /** The last calendar date of any precision: what "a year earlier" counts from. */
  lastDate?: Mention;
  /** The last quarter or half-year: what "the year-ago quarter" compares with. */
  lastPeriod?: Mention;
}

/** Words that make a date a limit or a start: "until Tuesday", "until 9 a.m. Friday". */
const LIMIT_BEFORE =
  /\b(?:until|till|through|effective|as soon as|as early as|no later than)\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+)?$/i;

/**
 * Gives every candidate its TimeML value, in text order, reading relative and
 * incomplete expressions against the document date, the tense of their clause, and
 * the dates mentioned before them; and numbers them `t1…tn`.
 */
export function normalise(candidates: readonly Candidate[], ctx: StepContext): Timex[] {
  const reference = parseDay(ctx.documentDate);
  if (!reference) throw new Error(`document date is not a calendar day: "${ctx.documentDate}"`);
  const state: State = { reference };
  const timexes: Timex[] = [];
  for (const c of candidates) {
    const id = `t${timexes.length + 1}`;
    const tense = ctx.tenseAt(c.start, c.end);
    // "Wednesday's ruling" names a known event; the verb of the clause does not date it.
    const possessiveWeekday =
      c.meaning.kind === 'calendar' &&
      c.meaning.weekday !== undefined &&
      c.meaning.day === undefined &&
      /^['’]s\b/.test(ctx.text.slice(c.end, c.end + 3));
    // "gave them until mid-November", "made effective June 1": a limit or a start set
    // by the clause, so a past verb does not place it in the past; the nearest is meant.
    const limit =
      c.meaning.kind === 'calendar' &&
      c.meaning.year === undefined &&
      LIMIT_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 40), c.start));
    const read = readValue(
      c,
      possessiveWeekday ? 'unknown' : limit && tense !== 'future' ? 'present' : tense,
      state,
      ctx,
    );
    if (!read) {
      ctx.trace('normalise', () => `no value for "${ctx.text.slice(c.start, c.end)}"; dropped`);
      continue;
    }
    const timex: Timex = {
      id,
      span: spanOf(ctx.text, c.start, c.end),
      type: c.type,
      value: read.value,
      stated: stated(c),
      anchor: read.anchor,
      tense,
      rule: c.rule,
    };
    if (c.mod) timex.mod = c.mod;
    if (c.quant) timex.quant = c.quant;
    if (c.freq) timex.freq = c.freq;
    ctx.trace(
      'normalise',
      () =>
        `${id} "${timex.span.text}" ${timex.type} ${timex.value} (${c.rule}, ${tense}, anchor ${read.anchor.kind}${read.anchor.timexId ? ` ${read.anchor.timexId}` : ''})`,
    );
    timexes.push(timex);
    // A comparison ("the year-ago quarter") is not the period the text goes on about.
    if (c.rule !== 'comparison-period' && !read.compared)
      remember(state, { id, value: read.value, end: c.end });
  }
  return timexes;
}

function remember(state: State, mention: Mention): void {
  if (!/^\d{4}/.test(mention.value) || mention.value.includes('X')) return;
  state.lastDate = mention;
  if (/^\d{4}-[QH]\d$/.test(mention.value)) state.lastPeriod = mention;
  if (/^\d{4}-\d{2}-\d{2}/.test(mention.value))
    state.lastDay = { ...mention, value: mention.value.slice(0, 10) };
}

function documentAnchor(ctx: StepContext): TimexAnchor {
  return { kind: 'document', value: ctx.documentDate };
}

/** Calendar units from finest to coarsest. */
const FINENESS: readonly Unit[] = [
  'day',
  'weekend',
  'week',
  'month',
  'quarter',
  'half',
  'year',
  'decade',
  'century',
];

interface Reading {
  value: string;
  anchor: TimexAnchor;
  /** Read as the same period a year before another one. */
  compared?: boolean;
}

function readValue(
  c: Candidate,
  tense: Tense,
  state: State,
  ctx: StepContext,
): Reading | undefined {
  const m = c.meaning;
  if (m.kind === 'literal') {
    const isRef = m.value.endsWith('_REF');
    return { value: m.value, anchor: isRef ? documentAnchor(ctx) : { kind: 'none' } };
  }
  if (m.kind === 'relative') return readRelative(c, m, state, ctx);
  return readCalendar(m, tense, state, ctx);
}

function timeSuffix(m: { hour?: number; minute?: number; partOfDay?: string }): string {
  if (m.hour !== undefined) return `T${pad2(m.hour)}:${pad2(m.minute ?? 0)}`;
  if (m.partOfDay !== undefined) return `T${m.partOfDay}`;
  return '';
}

function readRelative(c: Candidate, m: RelativeMeaning, state: State, ctx: StepContext): Reading {
  let base = state.reference;
  let unit: Unit = m.unit;
  let anchor = documentAnchor(ctx);
  if (m.keepPrecision) {
    // "the year-ago quarter": the quarter the text reports on, a year back; without
    // one named, the last quarter completed before the document date.
    const period = state.lastPeriod;
    const parsed = parseValue(period?.value ?? valueAt(shift(base, 'quarter', -1), 'quarter'));
    if (parsed) {
      if (period) anchor = { kind: 'timex', timexId: period.id, value: period.value };
      return {
        value: valueAt(shift(parsed.date, m.unit, m.offset), parsed.unit),
        anchor,
        compared: true,
      };
    }
  }
  const previous = state.lastDate;
  const parsed = previous ? parseValue(previous.value) : undefined;
  // Business news compares a reported period with the one "a year ago": the same
  // quarter (or half) a year before, even when the quarter was named sentences back.
  const comparesPeriod =
    c.rule === 'ago-later' &&
    m.unit === 'year' &&
    Math.abs(m.offset) === 1 &&
    (parsed?.unit === 'quarter' || parsed?.unit === 'half');
  // "a year earlier" counts from the date just mentioned.
  const fromPrevious =
    previous !== undefined && parsed !== undefined && (m.from === 'previous' || comparesPeriod);
  if (fromPrevious && previous && parsed) {
    base = parsed.date;
    anchor = { kind: 'timex', timexId: previous.id, value: previous.value };
    if (comparesPeriod) unit = parsed.unit;
    // "that day", "the next day" after "in 1987": the day is not known, only its year.
    const coarser = FINENESS.indexOf(parsed.unit) > FINENESS.indexOf(m.unit);
    if (coarser) return { value: previous.value, anchor };
  }
  const date = shift(base, m.unit, m.offset);
  return { value: valueAt(date, unit) + timeSuffix(m), anchor, compared: comparesPeriod };
}

function readCalendar(
  m: CalendarMeaning,
  tense: Tense,
  state: State,
  ctx: StepContext,
): { value: string; anchor: TimexAnchor } | undefined {
  const ref = state.reference;
  const docAnchor = documentAnchor(ctx);
  const none: TimexAnchor = { kind: 'none' };
  if (m.yearPrefix !== undefined) return { value: m.yearPrefix.padEnd(4, 'X'), anchor: none };
  const time = timeSuffix(m);
  const hasDate =
    m.year !== undefined ||
    m.yearOffset !== undefined ||
    m.month !== undefined ||
    m.day !== undefined ||
    m.weekday !== undefined ||
    m.quarter !== undefined ||
    m.half !== undefined ||
    m.season !== undefined ||
    m.holiday !== undefined;
  if (!hasDate) {
    if (!time) return undefined;
    // A clock time alone falls on the last day the text mentioned, else the document date.
    const day = state.lastDay;
    if (day)
      return {
        value: day.value + time,
        anchor: { kind: 'timex', timexId: day.id, value: day.value },
      };
    return { value: ctx.documentDate + time, anchor: docAnchor };
  }
  const statedYear =
    m.year ?? (m.yearOffset !== undefined ? ref.getFullYear() + m.yearOffset : undefined);
  const anchor = m.year !== undefined ? none : docAnchor;
  const yearShift = m.yearShift ?? 0;
  if (m.holiday) {
    // The year by tense as for a month; the holiday's day in that year.
    const guess = m.holiday(ref.getFullYear());
    const year =
      statedYear ??
      (m.which
        ? yearForPeriod(guess.month - 1, 1, ref, tense, m.which)
        : yearForDay(guess.month, guess.day, ref, tense));
    const { month, day } = m.holiday(year);
    return { value: `${year}-${pad2(month)}-${pad2(day)}`, anchor };
  }
  if (m.month !== undefined && m.day !== undefined) {
    const year = (statedYear ?? yearForDay(m.month, m.day, ref, tense, m.weekday)) + yearShift;
    const date = parseDay(`${year}-${pad2(m.month)}-${pad2(m.day)}`);
    if (!date) return undefined;
    return { value: valueAt(date, 'day') + time, anchor };
  }
  if (m.weekday !== undefined && m.month === undefined) {
    const date = weekdayDate(m.weekday, ref, tense, m.which);
    return { value: valueAt(date, m.weekend ? 'weekend' : 'day') + time, anchor: docAnchor };
  }
  if (m.month !== undefined) {
    const year = (statedYear ?? yearForPeriod(m.month - 1, 1, ref, tense, m.which)) + yearShift;
    return { value: `${year}-${pad2(m.month)}`, anchor };
  }
  if (m.quarter !== undefined) {
    const year =
      (statedYear ?? yearForPeriod((m.quarter - 1) * 3, 3, ref, tense, m.which)) + yearShift;
    return { value: `${year}-Q${m.quarter}`, anchor };
  }
  if (m.half !== undefined) {
    const year =
      (statedYear ?? yearForPeriod((m.half - 1) * 6, 6, ref, tense, m.which)) + yearShift;
    return { value: `${year}-H${m.half}`, anchor };
  }
  if (m.season !== undefined) {
    const year =
      (statedYear ?? yearForPeriod((SEASON_START[m.season] ?? 1) - 1, 3, ref, tense, m.which)) +
      yearShift;
    return { value: `${year}-${m.season}`, anchor };
  }
  if (statedYear !== undefined) return { value: String(statedYear), anchor };
  return undefined;
}

function stated(c: Candidate): StatedFields {
  const m = c.meaning;
  if (m.kind !== 'calendar') return {};
  const s: StatedFields = {};
  if (m.year !== undefined) s.year = m.year;
  if (m.month !== undefined) s.month = m.month;
  if (m.day !== undefined) s.day = m.day;
  if (m.weekday !== undefined) s.weekday = m.weekday;
  if (m.hour !== undefined) s.hour = m.hour;
  if (m.minute !== undefined && m.hour !== undefined) s.minute = m.minute;
  return s;
}
