import type { Tense, TimexAnchor } from '../../model/index.ts';
import { localDay } from '../../calendar/yearRange.ts';
import { SEASON_FIRST_MONTH, parseTimemlDate } from '../../calendar/timemlValue.ts';
import {
  type Leeway,
  MONTH_LEEWAY,
  PAST_DAY_LEEWAY,
  QUARTER_LEEWAY,
  parseDay,
  parseValue,
  shift,
  yearForDay,
  yearForPeriod,
} from './calendar.ts';
import {
  BOUND_WORDS,
  DEFINITE_ARTICLE,
  NOUN_DETERMINERS,
  OF,
  PERIOD_POSITION_WORDS,
  POSSESSIVE_ENDING,
} from '../lexicon/en/index.ts';
import { eitherApostrophe, wordsInOrder } from '../lexicon/pattern.ts';
import type { CalendarMeaning, Candidate, StepContext } from './types.ts';

/*
 * The reference step: which time a year-less or relative date is read against.
 *
 * News tells the present: "on Tuesday", "last month", "in March" are read against the
 * publication date, by tense. A narrative (a history, a backgrounder, a court story
 * told hour by hour) keeps its own clock: "In 1940 … On June 10 … twelve days later"
 * reads each date against the date the story has reached, carried across sentences and
 * paragraphs and moved on by every new date it tells.
 *
 * Decided per document (`ReferenceMode`) and per passage: a news story's paragraph that
 * opens a past year ("In 1989, … On June 4 …") is a backgrounder passage, read against
 * that year while its clauses stay in the past tense. Present and future clauses in
 * news, and words quoted in news, stay with the publication date.
 */

/** How a document reads as a whole. */
export type ReferenceMode = 'news' | 'narrative';

/** The date a story has reached: the last date it told with a known year. */
export interface StoryPoint {
  /** Id of the timex that told it (`t12`). */
  id: string;
  value: string;
  /** Its words' place in the text. */
  start: number;
  end: number;
  /** First day of the period, and the day after it ends. */
  from: Date;
  to: Date;
}

/** Explicit state of the reference step, kept while the timexes are read in text order. */
export interface ReferenceState {
  readonly documentDate: Date;
  readonly mode: ReferenceMode;
  /** Why the mode was chosen, for the trace. */
  readonly modeReason: string;
  /** Starts of the paragraphs of the text, ascending (0 first). */
  readonly paragraphs: readonly number[];
  /** Ranges of the text within quotation marks. */
  readonly quotations: ReadonlyArray<readonly [number, number]>;
  /** The date the story has reached, if it has told one. */
  story?: StoryPoint;
  /**
   * Whether the text opens inside the paragraph the text read before it ended in (a long
   * text read in parts, see `ReferenceCarry`): a story point from before it (at an offset
   * below 0) then counts as told in its first paragraph.
   */
  readonly continuesParagraph?: boolean;
}

/**
 * What the reference step had reached at the end of a text, for reading the text that
 * follows it (a long text read in parts, cut at line breaks): the mode decided on the
 * first part, and the date the story reached, its offsets counted from the end of the
 * text read (so below 0 in the next).
 */
export interface ReferenceCarry {
  mode: ReferenceMode;
  modeReason: string;
  story?: StoryPoint;
  /** The story was told in the paragraph the text ended in, not closed by a blank line. */
  storyParagraphOpen: boolean;
  /** The text ended with a line break and blanks: a blank line may open the next text. */
  endsWithLineBreak: boolean;
}

/** The reference state at the end of `text`, to start the text after it with. */
export function carryReference(state: ReferenceState, text: string): ReferenceCarry {
  const story = state.story;
  const last = state.paragraphs.length - 1;
  return {
    mode: state.mode,
    modeReason: state.modeReason,
    ...(story
      ? { story: { ...story, start: story.start - text.length, end: story.end - text.length } }
      : {}),
    storyParagraphOpen:
      story !== undefined &&
      paragraphOf(state, story.start) === last &&
      state.paragraphs[last]! < text.length,
    endsWithLineBreak: endsWithLineBreak(text),
  };
}

/**
 * Whether `text` ends with a line break and blanks (`/\n[ \t]*$/`), read from its end: a
 * regex would try every line break of the text.
 */
function endsWithLineBreak(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return text[i] === '\n';
}

/** The time one expression is read against, and the rule that chose it. */
export type Reference =
  | { kind: 'document'; rule: ReferenceRule }
  | { kind: 'story'; rule: ReferenceRule; story: StoryPoint };

/**
 * The rules of the step, by name: `news` (publication date), `narrative` (the date the
 * story has reached), `backgrounder` (a past passage of a news story), `quotation` and
 * `present` (news words that speak from the day of publication).
 */
export type ReferenceRule = 'news' | 'narrative' | 'backgrounder' | 'quotation' | 'present';

/** Years at most this far before the publication year count as the news's present. */
const RECENT_YEARS = 1;

/**
 * Decides how a document reads from the years it states: a narrative when most of the
 * full years it names lie well before its publication (a history names 1939, 1940, …
 * in a 2009 page), news otherwise (news names this year, last year, and the odd past
 * one).
 */
export function decideMode(
  candidates: readonly Candidate[],
  documentDate: Date,
): { mode: ReferenceMode; reason: string } {
  const now = documentDate.getFullYear();
  let old = 0;
  let recent = 0;
  let deictic = 0;
  for (const c of candidates) {
    const m = c.meaning;
    if (isDeictic(c)) deictic++;
    if (m.kind !== 'calendar' || m.year === undefined) continue;
    if (m.year < now - RECENT_YEARS) old++;
    else recent++;
  }
  const narrative = old >= 3 && old >= recent && deictic * 10 <= old + recent;
  return {
    mode: narrative ? 'narrative' : 'news',
    reason: `${old} stated years before ${now - RECENT_YEARS}, ${recent} since, ${deictic} counted from today`,
  };
}

/**
 * Words that count from the day of writing: "yesterday", "on Tuesday", "last year",
 * "three weeks ago". News is full of them; a history has next to none.
 */
function isDeictic(c: Candidate): boolean {
  const m = c.meaning;
  if (c.rule === 'day-word') return true;
  if (m.kind === 'calendar')
    return m.weekday !== undefined && m.month === undefined && m.day === undefined;
  return m.kind === 'relative' && m.from === 'document' && m.offset !== 0;
}

/** The starts of the paragraphs (text after a blank line) of `text`. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  const blank = /\n[ \t]*\n\s*/g;
  for (let m = blank.exec(text); m; m = blank.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** Quotation marks that open and close: “…”, "…". Quotes longer than a paragraph end there. */
export function quotationRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open: number | undefined;
  // By character code: a regex stopping at every line break costs several times more.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEW_LINE) {
      if (open !== undefined) ranges.push([open, i]);
      open = undefined;
    } else if (code === OPENING_QUOTE || (code === STRAIGHT_QUOTE && open === undefined)) open = i;
    else if (code === CLOSING_QUOTE || code === STRAIGHT_QUOTE) {
      if (open !== undefined) ranges.push([open, i + 1]);
      open = undefined;
    }
  }
  if (open !== undefined) ranges.push([open, text.length]);
  return ranges;
}

const NEW_LINE = 0x0a;
const STRAIGHT_QUOTE = 0x22; // "
const OPENING_QUOTE = 0x201c; // “
const CLOSING_QUOTE = 0x201d; // ”

/** Index of the paragraph holding `offset`. */
export function paragraphOf(state: ReferenceState, offset: number): number {
  // Before the text (a story point carried from the text before it): its first
  // paragraph when the text continues that one, else one before it.
  if (offset < 0) return state.continuesParagraph ? 0 : -1;
  const starts = state.paragraphs;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function quoted(state: ReferenceState, offset: number): boolean {
  // The ranges are in text order and do not overlap: the last one opening before.
  const ranges = state.quotations;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = ranges[mid]!;
    if (offset <= from) hi = mid - 1;
    else if (offset >= to) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Starts the step for one document: its mode, paragraphs and quotations. A text that
 * continues another (`before`, from `carryReference`) keeps its mode and story.
 */
export function startReference(
  candidates: readonly Candidate[],
  ctx: StepContext,
  before?: ReferenceCarry,
): ReferenceState {
  const documentDate = parseDay(ctx.documentDate);
  if (!documentDate) throw new Error(`document date is not a calendar day: "${ctx.documentDate}"`);
  const { mode, reason } = before
    ? { mode: before.mode, reason: before.modeReason }
    : decideMode(candidates, documentDate);
  ctx.trace('reference', () => `read as ${mode} (${reason})`);
  return {
    documentDate,
    mode,
    modeReason: reason,
    paragraphs: paragraphStarts(ctx.text),
    quotations: quotationRanges(ctx.text),
    ...(before?.story ? { story: before.story } : {}),
    continuesParagraph:
      before !== undefined &&
      before.storyParagraphOpen &&
      !(before.endsWithLineBreak && /^[ \t]*\n/.test(ctx.text)),
  };
}

/**
 * Whether a candidate needs a reference at all, and which kind it looks for: a
 * calendar date without its year, or a deictic relative ("the end of the year").
 */
function needsYear(c: Candidate): boolean {
  const m = c.meaning;
  if (m.kind === 'calendar')
    return (
      m.year === undefined &&
      m.yearPrefix === undefined &&
      m.yearOffset === undefined &&
      !m.yearOfPrevious &&
      m.yearOfDay === undefined
    );
  if (m.kind === 'relative') return m.from === 'document' && !m.reported && !m.keepPrecision;
  return false;
}

/** Units a narrative's "the year", "the end of the month" count in from its own clock. */
const STORY_UNITS = new Set(['month', 'quarter', 'half', 'year', 'decade']);

/**
 * The reference for candidate `c` read with `tense`. A narrative reads year-less and
 * relative dates against the story (news words inside quotation marks too: "that
 * June" said in 1940 is 1940's); a news story reads them against the publication date,
 * except in the past tense within a passage that has told a past year.
 */
export function referenceFor(
  state: ReferenceState,
  c: Candidate,
  tense: Tense,
  /** Whether a quarter or half is spoken of as figures reported (the latest period's). */
  reportsResults: () => boolean = () => false,
): Reference {
  const story = state.story;
  if (!story || !needsYear(c))
    return { kind: 'document', rule: state.mode === 'news' ? 'news' : 'narrative' };
  const m = c.meaning;
  // "today", "last week", "three years ago", "last year": counted from the day of
  // writing. Only "the year", "the end of the month" (offset 0) follow a narrative.
  if (
    m.kind === 'relative' &&
    (!STORY_UNITS.has(m.unit) || m.offset !== 0 || state.mode === 'news')
  )
    return { kind: 'document', rule: 'present' };
  if (
    m.kind === 'calendar' &&
    m.which !== undefined &&
    m.month === undefined &&
    m.season === undefined
  )
    return { kind: 'document', rule: 'present' };
  if (state.mode === 'narrative') {
    if (m.kind === 'relative' && (tense === 'present' || tense === 'future') && m.offset === 0)
      return { kind: 'document', rule: 'present' };
    return { kind: 'story', rule: 'narrative', story };
  }
  if (quoted(state, c.start)) return { kind: 'document', rule: 'quotation' };
  if (tense !== 'past') return { kind: 'document', rule: 'news' };
  const now = state.documentDate.getFullYear();
  const storyYear = story.from.getFullYear();
  const pastYear = storyYear < now - RECENT_YEARS;
  // "reported third-quarter net": results are the latest period's, whatever came before.
  const period = m.kind === 'calendar' && (m.quarter !== undefined || m.half !== undefined);
  if (period && reportsResults()) return { kind: 'document', rule: 'news' };
  if (pastYear && paragraphOf(state, story.start) === paragraphOf(state, c.start))
    return { kind: 'story', rule: 'backgrounder', story };
  return { kind: 'document', rule: 'news' };
}

/** The anchor a reading records for `reference`, given the document's own. */
export function anchorOf(reference: Reference, documentAnchor: TimexAnchor): TimexAnchor {
  if (reference.kind === 'document') return documentAnchor;
  return { kind: 'timex', timexId: reference.story.id, value: reference.story.value };
}

/**
 * Moves the story on to a date just read: a calendar date with a known year and a
 * precision of a year or finer, outside quotation marks and not spoken of ahead. A
 * look back ("the previous year", "two years earlier") is a flashback and leaves the
 * story where it was; so does a coarser date holding the story's ("On December 7,
 * 1941": the year restated after the day).
 */
export function advanceStory(
  state: ReferenceState,
  text: string,
  told: { id: string; value: string; start: number; end: number },
  how: { tense: Tense; backward: boolean },
): void {
  if (how.tense === 'future' || how.backward) return;
  if (!/^(?:BC)?\d{4}(?:$|-)/.test(told.value) || told.value.slice(0, 10).includes('X')) return;
  const period = periodOf(told.value);
  if (!period) return;
  const story = state.story;
  if (story) {
    const span = period.to.getTime() - period.from.getTime();
    const holdsStory =
      period.from <= story.from &&
      period.to >= story.to &&
      span > story.to.getTime() - story.from.getTime();
    if (holdsStory) return;
  }
  if (state.mode === 'news' && quoted(state, told.start)) return;
  if (!tellsStoryTime(text, told.start, told.end)) return;
  // Spelled out rather than spread: this runs for every date told.
  state.story = {
    id: told.id,
    value: told.value,
    start: told.start,
    end: told.end,
    from: period.from,
    to: period.to,
  };
}

/** The first day of a TimeML date value and the day after it ends (a year or finer). */
function periodOf(value: string): { from: Date; to: Date } | undefined {
  const season = parseTimemlDate(value);
  if (season?.season) {
    // "the spring of 1855": three months from the season's first month.
    const from = localDay(season.year, SEASON_FIRST_MONTH[season.season] - 1, 1);
    return { from, to: shift(from, 'month', 3) };
  }
  const parsed = parseValue(value);
  if (!parsed || parsed.unit === 'decade' || parsed.unit === 'century') return undefined;
  return {
    from: parsed.date,
    to: shift(parsed.date, parsed.unit === 'weekend' ? 'week' : parsed.unit, 1),
  };
}

/**
 * Words before a date that make it the bound of a span, not a time the story is at:
 * "since 1980", "dating to 1994", "until 1995", "from 1939 to 1945".
 */
const BOUND_BEFORE = new RegExp(
  `\\b(?:${wordsInOrder(BOUND_WORDS)})\\s+(?:${DEFINITE_ARTICLE}\\s+)?(?:(?:${wordsInOrder(PERIOD_POSITION_WORDS)})\\S*\\s+(?:${OF}\\s+)?)?$`,
  'i',
);

/** A determiner or possessive before a date that a noun follows makes it a modifier: "the 1987 Chevrolet". */
const ATTRIBUTIVE_BEFORE = new RegExp(
  `\\b(?:${wordsInOrder(NOUN_DETERMINERS)}|[A-Za-z]+${eitherApostrophe(POSSESSIVE_ENDING)})\\s+$`,
  'i',
);

/**
 * Whether a date is told as a time the story is at ("in 1989", "on June 4, 1989"), not
 * a bound ("since 1980") or a modifier ("Kopp's 1987 Chevrolet").
 */
export function tellsStoryTime(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 32), start);
  if (BOUND_BEFORE.test(before)) return false;
  // "the Dec. 21, 1988, bombing", "the August 1988 cease-fire": a date naming an event.
  const after = text.slice(end, end + 3);
  return !(ATTRIBUTIVE_BEFORE.test(before) && /^,? [A-Za-z]/.test(after));
}

/** Days after the end of the story's date that a later date counts as near as one before. */
const FORWARD_BIAS = 2;

/**
 * The year, among the story's and the ones either side, that places a year-less period
 * nearest to the date the story has reached. A story moves forward: a date after the
 * story's counts its distance at half weight, so "In January" after "on December 7"
 * is the next January, but "In early April" after "in June" is the same year's.
 *
 * @example storyYear(story at 1941-12-07, (y) => [Jan 1 y, Feb 1 y)) // 1942
 */
export function storyYear(
  story: StoryPoint,
  bounds: (year: number) => { start: Date; end: Date },
): number {
  const y = story.from.getFullYear();
  const day = 86_400_000;
  const distance = (year: number): number => {
    const { start, end } = bounds(year);
    if (start >= story.to) return (start.getTime() - story.to.getTime()) / day / FORWARD_BIAS;
    if (end <= story.from) return (story.from.getTime() - end.getTime()) / day;
    return 0;
  };
  return [y, y + 1, y - 1].reduce((best, option) =>
    distance(option) < distance(best) ? option : best,
  );
}

/** The date a reading counts from: the story's, or the publication date. */
export function referenceDate(reference: Reference, documentDate: Date): Date {
  return reference.kind === 'story' ? reference.story.from : documentDate;
}

/**
 * The year of a year-less day ("June 10", "Monday, Oct. 26"): nearest the date the
 * story has reached when read against the story; else by tense around the publication
 * date, a few weeks either side (none ahead for a day known to have come already).
 *
 * @example yearOfDay({ kind: 'document', rule: 'news' }, feb27of2012, 'past', { month: 12, day: 3 }) // 2011
 */
export function yearOfDay(
  reference: Reference,
  documentDate: Date,
  tense: Tense,
  day: { month: number; day: number; weekday?: number; past?: boolean },
): number {
  if (reference.kind === 'story')
    return storyYear(reference.story, (y) => ({
      start: localDay(y, day.month - 1, day.day),
      end: localDay(y, day.month - 1, day.day + 1),
    }));
  const leeway = day.past ? PAST_DAY_LEEWAY : undefined;
  return yearForDay(day.month, day.day, documentDate, tense, day.weekday, leeway);
}

/**
 * The year of a year-less period of `months` months from `startMonth` (0–11): "in
 * March", "the third quarter", "that summer". Nearest the story's date against the
 * story, unless "last"/"next"/"this" picks the occurrence, which counts from the
 * story's date then; else by tense around the publication date.
 */
export function yearOfPeriod(
  reference: Reference,
  documentDate: Date,
  tense: Tense,
  period: {
    startMonth: number;
    months: number;
    which?: 'last' | 'next' | 'this';
    leeway?: Leeway;
  },
): number {
  const { startMonth, months, which } = period;
  const story = reference.kind === 'story' ? reference.story : undefined;
  if (story && which === undefined)
    return storyYear(story, (y) => ({
      start: localDay(y, startMonth, 1),
      end: localDay(y, startMonth + months, 1),
    }));
  const leeway = period.leeway ?? (months >= 3 ? QUARTER_LEEWAY : MONTH_LEEWAY);
  return yearForPeriod(startMonth, months, story ? story.from : documentDate, tense, which, leeway);
}

/**
 * A year the words give through another date rather than state: "next year" (from the
 * publication date), "that summer" (the year of the date told just before, `previous`),
 * "the Christmas after March 3" (the year of that day). `undefined` when they give none.
 */
export function yearGivenBy(
  m: CalendarMeaning,
  documentDate: Date,
  tense: Tense,
  previous: string | undefined,
): number | undefined {
  if (m.yearOffset !== undefined) return documentDate.getFullYear() + m.yearOffset;
  if (m.yearOfPrevious) {
    const d = previous === undefined ? undefined : parseTimemlDate(previous);
    if (d && d.unit !== 'decade' && d.unit !== 'century') return d.year;
  }
  if (m.yearOfDay) return yearForDay(m.yearOfDay.month, m.yearOfDay.day, documentDate, tense);
  return undefined;
}
