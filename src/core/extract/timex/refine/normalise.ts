import type { StatedFields, Tense, Timex, TimexAnchor } from '../../../model/index.ts';
import { spanOf } from '../../../model/index.ts';
import { SEASON_FIRST_MONTH } from '../../../calendar/timemlValue.ts';
import {
  type Leeway,
  MONTH_LEEWAY,
  QUARTER_LEEWAY,
  pad2,
  parseDay,
  parseValue,
  shift,
  valueAt,
  midnightAsDayStart,
  withinModelYears,
  yearText,
  weekdayDate,
} from '../calendar.ts';
import type { CalendarMeaning, Candidate, RelativeMeaning, StepContext, Unit } from '../types.ts';
import { namesUnplannedEvent } from '../../grammar/index.ts';
import {
  AHEAD_OF_WORDS,
  DEFINITE_ARTICLE,
  FISCAL,
  LIMIT_HEDGES,
  LIMIT_WORDS,
  MONTHS_WORD,
  PERIOD_END_RELATIVES,
  PERIOD_ENDED_VERBS,
  POSSESSIVE_ENDING,
  REPORTED_MONTHS_COUNTS,
  REPORTED_MONTHS_LEADS,
  RESULTS_WORDS,
  TOWARD_WORDS,
  WITHIN_PERIOD_WORDS,
} from '../../lexicon/en/index.ts';
import { eitherApostrophe, wordAlternation, wordsInOrder } from '../../lexicon/pattern.ts';
import {
  type Reference,
  type ReferenceCarry,
  type ReferenceState,
  advanceStory,
  anchorOf,
  carryReference,
  referenceDate,
  referenceFor,
  startReference,
  yearGivenBy,
  yearOfDay,
  yearOfPeriod,
} from '../reference.ts';
import {
  type ReportedPeriods,
  fiscalRestated,
  noteReported,
  reportedPeriod,
} from './reportedPeriod.ts';

/** An earlier expression that later ones may be read against. */
interface Mention {
  id: string;
  value: string;
  end: number;
}

interface State {
  /** The publication date. */
  reference: Date;
  /** The reference step's state: mode, passages, the date the story has reached. */
  story: ReferenceState;
  /** The last expression with day precision: where a bare clock time falls. */
  lastDay?: Mention;
  /** The last calendar date of any precision: what "a year earlier" counts from. */
  lastDate?: Mention;
  /** The last quarter or half-year: what "the year-ago quarter" compares with. */
  lastPeriod?: Mention;
  /** The quarters and halves reported on: what "the quarter" and "the latest period" are. */
  reported: ReportedPeriods;
}

/**
 * Words that make a date a limit or a start: "until Tuesday", "until 9 a.m. Friday",
 * "until at least mid-May" (a limit, however it is hedged, is the nearest such date).
 */
const LIMIT_BEFORE = new RegExp(
  `\\b(?:${wordAlternation(LIMIT_WORDS)})\\s+(?:(?:${wordAlternation(LIMIT_HEDGES)})\\s+)?(?:\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.?m\\.?\\s+)?$`,
  'i',
);

/** Words before a possessive day that put its event ahead: "ahead of Sunday's vote". */
const AHEAD_OF_BEFORE = new RegExp(
  `\\b(?:${wordsInOrder(AHEAD_OF_WORDS)})\\s+(?:${DEFINITE_ARTICLE}\\s+)?$`,
  'i',
);

/**
 * Words before a holiday that look ahead to it even after a past verb: "stocked up for
 * Christmas", "sales rose ahead of Mother's Day", "stayed open until Easter".
 */
const TOWARD_BEFORE = new RegExp(
  `\\b(?:${wordsInOrder(TOWARD_WORDS)})\\s+(?:${DEFINITE_ARTICLE}\\s+)?$`,
  'i',
);

/** A possessive right after a date: "Wednesday's ruling". */
const POSSESSIVE_AFTER = new RegExp(`^${eitherApostrophe(POSSESSIVE_ENDING)}\\b`);

/** A company's own year in an expression: "the fiscal first quarter". */
const FISCAL_WORD = new RegExp(`\\b${FISCAL}\\b`, 'i');

/**
 * A year-less day known to lie before the telling: one that dates a happening nobody
 * schedules ("the Sept. 11 attacks", "the Monday shooting"), or a holiday in a past
 * clause ("florists were busy on Mother's Day") unless the clause looks toward it.
 */
function knownPast(c: Candidate, tense: Tense, text: string): boolean {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.year !== undefined || m.which !== undefined) return false;
  if (m.holiday && tense === 'past')
    return !TOWARD_BEFORE.test(text.slice(Math.max(0, c.start - 25), c.start));
  if (m.day === undefined && m.weekday === undefined) return false;
  return namesUnplannedEvent(text, c.end);
}

/**
 * Where the reading of a text ended, for reading the text that follows it as its
 * continuation (a long text read in parts, cut at line breaks): "a week later" at the
 * start of a part counts from the date told at the end of the part before. Offsets
 * count from the end of the text read, so they are below 0 in the next text.
 */
export interface TimexCarry {
  /** Expressions numbered so far: the next text's are numbered on (`t{count + 1}`…). */
  count: number;
  reference: ReferenceCarry;
  lastDay?: Mention;
  lastDate?: Mention;
  lastPeriod?: Mention;
  reported: ReportedPeriods;
}

/**
 * Gives every candidate its TimeML value, in text order, reading relative and
 * incomplete expressions against the document date, the tense of their clause, and
 * the dates mentioned before them; and numbers them `t1…tn`.
 */
export function normalise(candidates: readonly Candidate[], ctx: StepContext): Timex[] {
  return normaliseAfter(candidates, ctx).timexes;
}

/** A mention placed `by` characters earlier (from one text to the text after it). */
const moved = <T extends { end: number }>(m: T | undefined, by: number) =>
  m && { ...m, end: m.end - by };

/**
 * `normalise`, for a text that continues the one `before` was carried from (see
 * `TimexCarry`), and what to carry into the text after this one.
 */
export function normaliseAfter(
  candidates: readonly Candidate[],
  ctx: StepContext,
  before?: TimexCarry,
): { timexes: Timex[]; carry: TimexCarry } {
  const story = startReference(candidates, ctx, before?.reference);
  const reference = story.documentDate;
  const state: State = {
    reference,
    story,
    // Copied: the state is changed as the text is read, never what was carried in.
    reported: { ...before?.reported },
    lastDay: before?.lastDay,
    lastDate: before?.lastDate,
    lastPeriod: before?.lastPeriod,
  };
  const first = before?.count ?? 0;
  const timexes: Timex[] = [];
  for (const c of candidates) {
    const id = `t${first + timexes.length + 1}`;
    const tense = ctx.tenseAt(c.start, c.end);
    // "Wednesday's ruling" names a known event; the verb of the clause does not date it.
    const possessiveWeekday =
      c.meaning.kind === 'calendar' &&
      c.meaning.weekday !== undefined &&
      c.meaning.day === undefined &&
      POSSESSIVE_AFTER.test(ctx.text.slice(c.end, c.end + 3));
    // "gave them until mid-November", "made effective June 1": a limit or a start set
    // by the clause, so a past verb does not place it in the past; the nearest is meant.
    const limit =
      c.meaning.kind === 'calendar' &&
      c.meaning.year === undefined &&
      LIMIT_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 40), c.start));
    const past = knownPast(c, tense, ctx.text);
    let readAs = tense;
    if (past) readAs = 'past';
    else if (possessiveWeekday)
      // "ahead of Sunday's election": the event named is still to come.
      readAs = AHEAD_OF_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 30), c.start))
        ? 'future'
        : 'unknown';
    else if (limit && tense !== 'future') readAs = 'present';
    const ref = referenceFor(state.story, c, readAs, () => tellsResults(ctx.text, c.start, c.end));
    if (ref.kind === 'story')
      ctx.trace(
        'reference',
        () => `"${ctx.text.slice(c.start, c.end)}" read against ${ref.story.value} (${ref.rule})`,
      );
    const read = readValue(c, readAs, state, ctx, ref, past);
    // "the third quarter ended Sept. 30": the day closes the period under discussion,
    // which stays what "a year earlier" is counted from.
    const closesPeriod =
      state.lastDate !== undefined &&
      state.lastDate.end >= 0 &&
      c.start - state.lastDate.end <= 20 &&
      /^\d{4}(?:-[QH]\d)?$/.test(state.lastDate.value) &&
      PERIOD_ENDED.test(ctx.text.slice(state.lastDate.end, c.start));
    if (!read) {
      ctx.trace('normalise', () => `no value for "${ctx.text.slice(c.start, c.end)}"; dropped`);
      continue;
    }
    const timex: Timex = {
      id,
      span: spanOf(ctx.text, c.start, c.end),
      type: c.type,
      value: midnightAsDayStart(
        withinModelYears(read.value),
        // "rallied at midnight": the midnight that began the day; "will meet at midnight on
        // March 3", "by midnight": the one that ends it.
        readAs === 'past' && !namesDay(c.meaning),
      ),
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
    if (c.rule !== 'comparison-period' && !read.compared) {
      const mention = { id, value: read.value, end: c.end };
      remember(state, mention, { closesPeriod, future: tense === 'future' });
      noteReported(state.reported, mention, {
        tense,
        reference,
        fiscal: FISCAL_WORD.test(timex.span.text),
        endingOn: c.rule.includes('period-ending-on'),
      });
    }
    if (REPORTED_MONTHS.test(timex.span.text)) noteReportedMonths(state, id, c.end);
    if (c.type === 'DATE' || c.type === 'TIME')
      advanceStory(
        state.story,
        ctx.text,
        { id, value: read.value, start: c.start, end: c.end },
        { tense, backward: c.meaning.kind === 'relative' && c.meaning.offset < 0 },
      );
  }
  const length = ctx.text.length;
  const carry: TimexCarry = {
    count: first + timexes.length,
    reference: carryReference(state.story, ctx.text),
    lastDay: moved(state.lastDay, length),
    lastDate: moved(state.lastDate, length),
    lastPeriod: moved(state.lastPeriod, length),
    reported: {
      ...state.reported,
      anyQuarter: moved(state.reported.anyQuarter, length),
      lastQuarter: moved(state.reported.lastQuarter, length),
      lastPeriod: moved(state.reported.lastPeriod, length),
      latestQuarter: moved(state.reported.latestQuarter, length),
      latestPeriod: moved(state.reported.latestPeriod, length),
    },
  };
  return { timexes, carry };
}

/** A reporting period counted in months: "the first nine months", "the six months". */
const REPORTED_MONTHS = new RegExp(
  `^${DEFINITE_ARTICLE} (?:(?:${wordsInOrder(REPORTED_MONTHS_LEADS)}) )?(?:${wordsInOrder(REPORTED_MONTHS_COUNTS)}) ${MONTHS_WORD}$`,
  'i',
);

/**
 * After "the first nine months", "a year earlier" and "the 1988 period" compare that
 * span, which no TimeML value but its year can hold: the span's year (the reported
 * period's, else the document's) becomes the period under discussion.
 */
function noteReportedMonths(state: State, id: string, end: number): void {
  const year = state.lastPeriod?.value.slice(0, 4) ?? String(state.reference.getFullYear());
  const mention = { id, value: year, end };
  state.lastDate = mention;
  state.lastPeriod = mention;
}

/** The words between a period and its last day: "the quarter ended Sept. 30". */
const PERIOD_ENDED = new RegExp(
  `^,? (?:(?:${wordsInOrder(PERIOD_END_RELATIVES)}) )?(?:${wordsInOrder(PERIOD_ENDED_VERBS)}) $`,
);

/**
 * Keeps a mention for the ones after it. The last day of a period ("ended Sept. 30")
 * does not replace the period as the date under discussion, and a period spoken of
 * ahead ("a fourth-quarter charge" to come) is not the one results compare with.
 */
function remember(
  state: State,
  mention: Mention,
  how: { closesPeriod: boolean; future: boolean },
): void {
  // "the 1990s" is a date under discussion too ("by the end of the decade").
  if (/^(?:BC)?(?:\d{3}X?|\d{2})$/.test(mention.value)) {
    state.lastDate = mention;
    return;
  }
  if (!/^(?:BC)?\d{4}/.test(mention.value) || mention.value.includes('X')) return;
  if (!how.closesPeriod) state.lastDate = mention;
  if (!how.future && /^\d{4}-[QH]\d$/.test(mention.value)) state.lastPeriod = mention;
  if (/^(?:BC)?\d{4}-\d{2}-\d{2}/.test(mention.value))
    state.lastDay = { ...mention, value: mention.value.split('T')[0]! };
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

function coarserThanYear(unit: Unit): boolean {
  return FINENESS.indexOf(unit) > FINENESS.indexOf('year');
}

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
  ref: Reference,
  /** The day is known to have come already (see `knownPast`). */
  past = false,
): Reading | undefined {
  const m = c.meaning;
  const fiscal = c.rule.includes('period-ending-on') ? fiscalRestated(state.reported) : undefined;
  if (fiscal)
    return {
      value: fiscal.value,
      anchor: { kind: 'timex', timexId: fiscal.id, value: fiscal.value },
    };
  if (m.kind === 'literal') {
    const isRef = m.value.endsWith('_REF');
    return { value: m.value, anchor: isRef ? documentAnchor(ctx) : { kind: 'none' } };
  }
  if (m.kind === 'relative') return readRelative(c, m, tense, state, ctx, ref);
  return readCalendar(
    m,
    tense,
    state,
    ctx,
    ref,
    () => tellsResults(ctx.text, c.start, c.end),
    past,
  );
}

function timeSuffix(m: {
  hour?: number;
  minute?: number;
  second?: number;
  partOfDay?: string;
}): string {
  if (m.hour !== undefined) {
    const seconds = m.second === undefined ? '' : `:${pad2(m.second)}`;
    return `T${pad2(m.hour)}:${pad2(m.minute ?? 0)}${seconds}`;
  }
  if (m.partOfDay !== undefined) return `T${m.partOfDay}`;
  return '';
}

function readRelative(
  c: Candidate,
  m: RelativeMeaning,
  tense: Tense,
  state: State,
  ctx: StepContext,
  ref: Reference,
): Reading {
  let base = ref.kind === 'story' ? ref.story.from : state.reference;
  let unit: Unit = m.unit;
  let anchor = anchorOf(ref, documentAnchor(ctx));
  if (m.reported) {
    // "the quarter", "the latest period": the one the report is about, if named.
    const period = reportedPeriod(state.reported, m.which ?? 'last', m.reported, tense);
    if (period)
      return {
        value: period.value,
        anchor: { kind: 'timex', timexId: period.id, value: period.value },
      };
  }
  if (m.year !== undefined) return readPeriodOfYear(m.year, state);
  if (m.keepPrecision) {
    // "the year-ago quarter": the quarter the text reports on, a year back; without
    // one named, the last quarter completed before the document date.
    const period = state.lastPeriod;
    const parsed = parseValue(period?.value ?? valueAt(shift(base, 'quarter', -1), 'quarter'));
    if (parsed) {
      if (period) anchor = { kind: 'timex', timexId: period.id, value: period.value };
      return {
        value: valueAt(
          shift(parsed.date, m.unit, m.offset),
          parsed.unit,
          parsed.date.getFullYear() < 0,
        ),
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
    // "founded in 1998 ... a decade later" is 2008: the year is known, not just the decade.
    // ("the following decade" is still a decade.)
    const counted = c.rule === 'ago-later';
    if (counted && (m.unit === 'decade' || m.unit === 'century') && !coarserThanYear(parsed.unit))
      unit = 'year';
    // "two weeks earlier", said of a Thursday vote: the Thursday two weeks before.
    if (counted && (m.unit === 'week' || m.unit === 'weekend') && parsed.unit === 'day')
      unit = 'day';
    // "that day", "the next day" after "in 1987": the day is not known, only its year.
    const coarser = FINENESS.indexOf(parsed.unit) > FINENESS.indexOf(m.unit);
    if (coarser) return { value: previous.value, anchor };
  }
  const date = shift(base, m.unit, m.offset);
  // "rose 5% from the previous quarter": a sequential comparison, like "a year ago",
  // not the period the report goes on about.
  const sequential =
    (m.unit === 'quarter' || m.unit === 'half') && m.from === 'previous' && m.offset !== 0;
  return {
    value: valueAt(date, unit, base.getFullYear() < 0) + timeSuffix(m),
    anchor,
    compared: comparesPeriod || (sequential && fromPrevious),
  };
}

/**
 * "the 1988 period", "the 1989 quarter": the period under discussion, in the year
 * stated; without one named, only the year is known.
 */
function readPeriodOfYear(year: number, state: State): Reading {
  const period = state.lastPeriod;
  const parsed = period ? parseValue(period.value) : undefined;
  if (!period || !parsed)
    return { value: yearText(year), anchor: { kind: 'none' }, compared: true };
  const date = shift(parsed.date, 'year', year - parsed.date.getFullYear());
  return {
    value: valueAt(date, parsed.unit),
    anchor: { kind: 'timex', timexId: period.id, value: period.value },
    compared: true,
  };
}

/** Words of reporting a period's figures: "will report fourth-quarter results". */
const RESULTS = new RegExp(`\\b(?:${wordAlternation(RESULTS_WORDS)})\\b`, 'i');

/** "in the fourth quarter", "by the third quarter": a time within which things happen. */
const WITHIN_BEFORE = new RegExp(`\\b(?:${wordsInOrder(WITHIN_PERIOD_WORDS)})\\s+$`, 'i');

/**
 * Whether a quarter is spoken of as figures reported ("third-quarter loss", "a loss for
 * the quarter", "will report results in the third quarter"), as business news does of
 * a quarter just ended, rather than as a time ahead ("will return to profit in the
 * fourth quarter").
 */
function tellsResults(text: string, start: number, end: number): boolean {
  if (!WITHIN_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  return RESULTS.test(text.slice(Math.max(0, start - 60), Math.min(text.length, end + 40)));
}

function readCalendar(
  m: CalendarMeaning,
  tense: Tense,
  state: State,
  ctx: StepContext,
  reference: Reference,
  /**
   * Whether the clause reports figures, so a quarter spoken of ahead may have just
   * ended. Asked only of quarters and halves without a year.
   */
  reporting: () => boolean = () => true,
  /** The day has come already: no leeway ahead of the reference. */
  past = false,
): { value: string; anchor: TimexAnchor } | undefined {
  const ref = state.reference;
  const docAnchor = documentAnchor(ctx);
  const none: TimexAnchor = { kind: 'none' };
  // The year of a year-less day or period is the reference step's choice.
  const dayYear = (month: number, day: number, weekday?: number): number =>
    yearOfDay(reference, ref, tense, { month, day, weekday, past });
  const periodYear = (startMonth: number, months: number, leeway?: Leeway): number =>
    yearOfPeriod(reference, ref, tense, { startMonth, months, which: m.which, leeway });
  // TimeML writes a decade and a century by their leading digits: `199`, `19`, `BC047`.
  if (m.yearPrefix !== undefined) return { value: m.yearPrefix, anchor: none };
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
  const statedYear = m.year ?? yearGivenBy(m, ref, tense, state.lastDate?.value);
  const previous = m.yearOfPrevious ? state.lastDate : undefined;
  const anchor: TimexAnchor =
    m.year !== undefined
      ? none
      : previous && statedYear !== undefined
        ? { kind: 'timex', timexId: previous.id, value: previous.value }
        : anchorOf(reference, docAnchor);
  const yearShift = m.yearShift ?? 0;
  if (m.holiday) {
    // The year by tense as for a month; the holiday's day in that year.
    const guess = m.holiday(referenceDate(reference, ref).getFullYear());
    const year =
      statedYear ?? (m.which ? periodYear(guess.month - 1, 1) : dayYear(guess.month, guess.day));
    const { month, day } = m.holiday(year);
    return { value: `${yearText(year)}-${pad2(month)}-${pad2(day)}`, anchor };
  }
  if (m.month !== undefined && m.day !== undefined) {
    const year = (statedYear ?? dayYear(m.month, m.day, m.weekday)) + yearShift;
    // Beyond the years a value can hold, the day is known but not its year.
    if (yearText(year) === 'XXXX') return { value: `XXXX-${pad2(m.month)}-${pad2(m.day)}`, anchor };
    const date = parseDay(`${yearText(year)}-${pad2(m.month)}-${pad2(m.day)}`);
    if (!date) return undefined;
    const unit = m.weekend ? 'weekend' : m.week ? 'week' : 'day';
    return { value: valueAt(date, unit, year < 0) + (unit === 'day' ? time : ''), anchor };
  }
  if (m.weekday !== undefined && m.month === undefined) {
    const date = weekdayDate(m.weekday, ref, tense, m.which);
    return { value: valueAt(date, m.weekend ? 'weekend' : 'day') + time, anchor: docAnchor };
  }
  if (m.month !== undefined) {
    const year = (statedYear ?? periodYear(m.month - 1, 1)) + yearShift;
    return { value: `${yearText(year)}-${pad2(m.month)}`, anchor };
  }
  if (m.quarter !== undefined) {
    const leeway = statedYear === undefined && reporting() ? QUARTER_LEEWAY : MONTH_LEEWAY;
    const year = (statedYear ?? periodYear((m.quarter - 1) * 3, 3, leeway)) + yearShift;
    return { value: `${yearText(year)}-Q${m.quarter}`, anchor };
  }
  if (m.half !== undefined) {
    // As for a quarter: "will report first-half results" may mean one just ended, but
    // "growth will pick up in the second half" in January is this year's.
    const leeway = statedYear === undefined && reporting() ? QUARTER_LEEWAY : MONTH_LEEWAY;
    const year = (statedYear ?? periodYear((m.half - 1) * 6, 6, leeway)) + yearShift;
    return { value: `${yearText(year)}-H${m.half}`, anchor };
  }
  if (m.season !== undefined) {
    const start = SEASON_FIRST_MONTH[m.season] - 1;
    const year = (statedYear ?? periodYear(start, 3, MONTH_LEEWAY)) + yearShift;
    return { value: `${yearText(year)}-${m.season}`, anchor };
  }
  if (statedYear !== undefined) return { value: yearText(statedYear), anchor };
  return undefined;
}

/** Whether a reading names its own day ("midnight on March 3", "Friday at midnight"). */
function namesDay(m: Candidate['meaning']): boolean {
  if (m.kind !== 'calendar') return m.kind === 'relative';
  return m.day !== undefined || m.weekday !== undefined || m.month !== undefined;
}

function stated(c: Candidate): StatedFields {
  const m = c.meaning;
  if (m.kind !== 'calendar') return {};
  const s: StatedFields = {};
  if (m.year !== undefined) s.year = m.year;
  if (m.month !== undefined) s.month = m.month;
  if (m.day !== undefined) s.day = m.day;
  if (m.weekday !== undefined) s.weekday = m.weekday;
  if (m.hour !== undefined) s.hour = m.hour % 24;
  if (m.minute !== undefined && m.hour !== undefined) s.minute = m.minute;
  return s;
}
