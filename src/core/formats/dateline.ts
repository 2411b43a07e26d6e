/**
 * Finds the date an article carries for itself: a wire dateline ("ALMATY, Feb. 27
 * (Reuters) –"), a "Published 27 February 2012" line, or a line holding only a date near
 * the top. Pure text reading; dates in HTML metadata are read by the HTML importer and
 * offered through the same shape.
 */

/** Where a publication date was found. */
export type PublicationDateKind = 'dateline' | 'published-line' | 'date-line' | 'metadata';

export interface FoundPublicationDate {
  /** The day, `YYYY-MM-DD`. */
  date: string;
  /** The words as they stand in the text ("ALMATY, Feb. 27 (Reuters) –"). */
  phrase: string;
  kind: PublicationDateKind;
  /**
   * Where the year came from: the phrase itself, the latest year the text mentions, or
   * today's calendar (a dateline without a year, in a text naming none).
   */
  yearFrom: 'phrase' | 'text' | 'today';
}

export interface FindPublicationDateOptions {
  /** Today, `YYYY-MM-DD`: a date without a year is not placed after it. */
  today: string;
}

const MONTHS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?';
/** "Feb. 27, 2012", "February 27", "27 February 2012", "27 Feb", "2012-02-27". */
const DATE = `${WEEKDAY}(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?|(\\d{4})-(\\d{2})-(\\d{2}))`;

/** A capitalised place, an optional region, the date, an optional agency, then a dash. */
const DATELINE_RE = new RegExp(
  `^[ \\t]*([A-Z][A-Z.'\\- ]{1,40}(?:,\\s*[A-Z][A-Za-z.'\\- ]{1,30})?),\\s+${DATE}(?:\\s*\\([A-Za-z.&' -]{2,30}\\))?\\s*[-–—]`,
  'm',
);
const PUBLISHED_RE = new RegExp(
  `\\b(First published|Published|Posted|Updated|Last updated|Last modified)(?:\\s+on)?\\s*:?\\s+${DATE}`,
  'i',
);
/** A line that is only a date, perhaps with a clock time after it. */
const DATE_LINE_RE = new RegExp(
  `^[ \\t]*${DATE}(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?)?[ \\t]*$`,
  'mi',
);
const YEAR_RE = /\b(1[89]\d{2}|20\d{2})\b/g;

/** How much of the text's head (and tail, for "Published" notes at the end) is searched. */
const HEAD = 4000;
const TAIL = 2000;

/**
 * The publication date the text states for itself, or null when it gives none.
 * A published line wins over an "Updated" one; a dateline or a published line wins over
 * a bare date line.
 *
 * @example findPublicationDate('ALMATY, Feb. 27, 2012 (Reuters) – Police ...', { today: '2026-12-01' })
 * // { date: '2012-02-27', phrase: 'ALMATY, Feb. 27, 2012 (Reuters) –', kind: 'dateline', yearFrom: 'phrase' }
 */
export function findPublicationDate(
  text: string,
  options: FindPublicationDateOptions,
): FoundPublicationDate | null {
  const head = text.slice(0, HEAD);
  const tail = text.length > HEAD ? text.slice(Math.max(HEAD, text.length - TAIL)) : '';
  const yearHint = latestYear(text, options.today);

  const dateline = DATELINE_RE.exec(head);
  if (dateline) {
    const found = fromMatch(dateline, 2, 'dateline', yearHint, options.today);
    if (found) return found;
  }
  const published = findPublished(head) ?? findPublished(tail);
  if (published) {
    const found = fromMatch(published, 2, 'published-line', yearHint, options.today);
    if (found) return found;
  }
  const firstLines = head.split('\n').slice(0, 12).join('\n');
  const line = DATE_LINE_RE.exec(firstLines);
  if (line) return fromMatch(line, 1, 'date-line', yearHint, options.today);
  return null;
}

/** A "Published" line if there is one, else an "Updated" one. */
function findPublished(text: string): RegExpExecArray | null {
  let updated: RegExpExecArray | null = null;
  const re = new RegExp(PUBLISHED_RE.source, 'gi');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!/updated|modified/i.test(m[1] ?? '')) return m;
    updated ??= m;
  }
  return updated;
}

/** Reads the DATE groups starting at `first` (they come in the order DATE declares them). */
function fromMatch(
  match: RegExpExecArray,
  first: number,
  kind: PublicationDateKind,
  yearHint: number | null,
  today: string,
): FoundPublicationDate | null {
  const g = (i: number) => match[first + i];
  let month: number;
  let day: number;
  let year: number | null;
  if (g(0) !== undefined) {
    month = monthNumber(g(0) ?? '');
    day = Number(g(1));
    year = g(2) !== undefined ? Number(g(2)) : null;
  } else if (g(3) !== undefined) {
    day = Number(g(3));
    month = monthNumber(g(4) ?? '');
    year = g(5) !== undefined ? Number(g(5)) : null;
  } else {
    year = Number(g(6));
    month = Number(g(7));
    day = Number(g(8));
  }
  let yearFrom: FoundPublicationDate['yearFrom'] = 'phrase';
  if (year === null) {
    const todayYear = Number(today.slice(0, 4));
    if (yearHint !== null) {
      year = yearHint;
      yearFrom = 'text';
    } else {
      year = todayYear;
      yearFrom = 'today';
    }
    // A dateline without a year names a day already past.
    if (isoDay(year, month, day) > today && year === todayYear) year -= 1;
  }
  if (!isRealDay(year, month, day)) return null;
  return { date: isoDay(year, month, day), phrase: match[0].trim(), kind, yearFrom };
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The latest year the text names that is not after today's. */
function latestYear(text: string, today: string): number | null {
  const limit = Number(today.slice(0, 4));
  let best: number | null = null;
  for (const m of text.slice(0, HEAD * 4).matchAll(YEAR_RE)) {
    const y = Number(m[1]);
    if (y <= limit && (best === null || y > best)) best = y;
  }
  return best;
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1000) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
