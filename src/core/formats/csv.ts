import Papa from 'papaparse';
import { z } from 'zod';
import { describeEventDate } from '../calendar/describeDate.ts';
import {
  DatePointSchema,
  EventStatusSchema,
  IsoDaySchema,
  PrecisionSchema,
  TimelineEventSchema,
  type EventSource,
  type Precision,
  type TimelineEvent,
} from '../model/index.ts';
import { eventQuotes, toExportSource, type ExportInput } from './exportInput.ts';
import { htmlToText } from './html.ts';
import { articleCredit } from './timelineJs.ts';
import {
  SHEET_COLUMNS,
  parseSheetRow,
  sheetEventCells,
  sheetRowType,
  sheetTitleCells,
} from './timelineJsSheet.ts';
import { formatPath, parseFailure, type FormatError, type ParseResult } from './parseResult.ts';

/** Datelines' own columns, after TimelineJS's: what a sheet has no column for. */
export const DATELINES_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'precision',
  'end_precision',
  'approximate',
  'end_approximate',
  'status',
  'date_in_words',
  'date_phrase',
  'quote',
  'source_offsets',
  'rule',
  'explanation',
] as const;
type DatelinesColumn = (typeof DATELINES_COLUMNS)[number];
type CsvRow = Record<DatelinesColumn, string>;

/**
 * The CSV columns, in order: TimelineJS's Google Sheet columns first (the file pastes into
 * its template), then Datelines' own, which keep what the sheet cannot say exactly (the
 * date values and precision, status, the date in words, the quote and its offsets, how
 * the date was worked out). The app's export and `datelines extract --format csv` share it.
 */
export const CSV_COLUMNS = [...SHEET_COLUMNS, ...DATELINES_COLUMNS] as const;

/** Passages of one event are one per line in the `quote` cell. */
const QUOTE_SEPARATOR = '\n';

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, which spreadsheets need to read UTF-8. */
  bom?: boolean;
}

/**
 * A header row, TimelineJS's title row (Type `title`: the timeline's title and sources),
 * then one row per event; RFC 4180 quoting and CRLF line ends. Cells a spreadsheet would
 * run as a formula are guarded (see `guardFormula`) and control characters are dropped
 * (see `cleanCell`). No byte-order mark unless asked (the app's download asks), so
 * pipelines get plain UTF-8.
 *
 * @example toCsv({ article, events }).split('\r\n')[0] // 'Year,Month,Day,Time,End Year,...'
 */
export function toCsv(input: ExportInput, options: CsvOptions = {}): string {
  const source = toExportSource(input);
  const useGroups = new Set(source.events.map((e) => e.status)).size > 1;
  const title: Record<string, string> = sheetTitleCells(
    source,
    source.articles.map(articleCredit).join(''),
  );
  const rows: Record<string, string>[] = [
    title,
    ...source.events.map((event) => ({
      ...sheetEventCells(event, useGroups),
      ...csvRow(event),
    })),
  ];
  const data = rows.map((row) =>
    CSV_COLUMNS.map((column) => guardFormula(cleanCell(row[column] ?? ''))),
  );
  const csv = Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n' });
  return `${options.bom ? '\uFEFF' : ''}${csv}\r\n`;
}
/** C0 and C1 control characters other than tab, line feed and carriage return, and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * A cell without control characters (NUL, bell, escape…), which spreadsheets and CSV
 * readers mangle or stop at; tabs and line breaks stay.
 *
 * @example cleanCell('a\u0000b') // 'ab'
 */
export function cleanCell(cell: string): string {
  return cell.replace(CONTROL_CHARACTERS, '');
}

function csvRow(event: TimelineEvent): CsvRow {
  const { start, end, derivation } = event.date;
  return {
    id: event.id,
    title: event.title,
    start: start.value,
    end: end?.value ?? '',
    precision: start.precision,
    end_precision: end?.precision ?? '',
    approximate: String(start.approximate),
    end_approximate: end ? String(end.approximate) : '',
    status: event.status,
    date_in_words: describeEventDate(event.date),
    date_phrase: derivation.phrase,
    quote: eventQuotes(event).join(QUOTE_SEPARATOR),
    source_offsets: event.sources.map((s) => `${s.span.start}-${s.span.end}`).join('; '),
    rule: derivation.rule,
    explanation: derivation.explanation,
  };
}

/** What makes a spreadsheet read a cell as a formula, behind any guard quotes already there. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Prefixes `'` to a cell a spreadsheet would run as a formula (`=HYPERLINK(...)`, `@SUM`,
 * `-2+3`). Cells already starting with quotes before such a character get one more, so
 * `unguardFormula` can undo the guard exactly on import.
 *
 * @example guardFormula('=1+1') // "'=1+1"
 */
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes `guardFormula`. */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

// ---------------------------------------------------------------------------------------
// Import

export interface CsvImportOptions {
  /** Document id the imported passages are filed under. */
  documentId?: string;
}

const BooleanCell = z.enum(['true', 'false', '']).transform((v) => v === 'true');

/** Checks the cells of one row before they are assembled into an event. */
const CsvRowSchema = z
  .object({
    id: z.string().min(1, 'every event needs an id'),
    title: z.string().min(1, 'every event needs a title'),
    start: DatePointSchema.shape.value,
    end: z.union([z.literal(''), DatePointSchema.shape.value]),
    precision: PrecisionSchema,
    end_precision: z.union([z.literal(''), PrecisionSchema]),
    approximate: BooleanCell,
    end_approximate: BooleanCell,
    status: EventStatusSchema,
    date_phrase: z.string(),
    quote: z.string(),
    source_offsets: z
      .string()
      .regex(/^(\d+-\d+(; *\d+-\d+)*)?$/, 'expected offsets like "120-164; 900-950"'),
    rule: z.string(),
    explanation: z.string(),
  })
  .superRefine((row, ctx) => {
    const problems: Array<[string, string | undefined]> = [
      ['start', pointProblem(row.start, row.precision)],
      ['end', row.end ? pointProblem(row.end, row.end_precision || row.precision) : undefined],
    ];
    for (const [column, message] of problems) {
      if (message) ctx.addIssue({ code: 'custom', path: [column], message });
    }
  });

/** How many characters of `YYYY-MM-DDTHH:mm` a precision needs at least. */
const VALUE_LENGTH: Record<Precision, number> = {
  century: 4,
  decade: 4,
  year: 4,
  quarter: 7,
  season: 7,
  month: 7,
  week: 10,
  day: 10,
  minute: 16,
};

/** Why a date value cannot be read at a precision, e.g. "2012-02-30" or "2012" as a day. */
function pointProblem(value: string, precision: Precision): string | undefined {
  // Zod runs this even when a cell failed its own check; that cell is reported already.
  const shaped = DatePointSchema.shape.value.safeParse(value).success;
  if (!shaped || !PrecisionSchema.safeParse(precision).success) return undefined;
  if (value.length < VALUE_LENGTH[precision]) {
    return `"${value}" is too coarse for precision ${precision}`;
  }
  const month = Number(value.slice(5, 7));
  if (value.length >= 7 && (month < 1 || month > 12)) return `"${value}" has no month ${month}`;
  if (value.length >= 10 && !IsoDaySchema.safeParse(value.slice(0, 10)).success) {
    return `"${value.slice(0, 10)}" is not a day in the calendar`;
  }
  if (value.length === 16 && (Number(value.slice(11, 13)) > 23 || Number(value.slice(14)) > 59)) {
    return `"${value.slice(11)}" is not a time of day`;
  }
  return undefined;
}

/** A timeline read from a CSV file: its title (from a `title` row, if any) and events. */
export interface CsvTimeline {
  title: string;
  events: TimelineEvent[];
}

/** Column names as people type them: `year`, ` End Year ` and `Year` are one column. */
const normaliseHeader = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
const CANONICAL_HEADERS = new Map<string, string>(
  CSV_COLUMNS.map((column) => [normaliseHeader(column), column]),
);
const REQUIRED_DATELINES = ['id', 'title', 'start', 'precision', 'status'] as const;

/**
 * Reads a CSV back into events: the CSV `toCsv` writes (Datelines' columns are read
 * exactly), or a sheet made by hand after TimelineJS's template (Year, Month, Day, Time,
 * End …, Display Date, Headline, Text, Type, Group; headline and text are HTML there and
 * come back as plain text). A row may use either. Every problem comes back as
 * `row N, column C: message`, rows numbered as a spreadsheet shows them; it never throws.
 *
 * @example parseCsvTimeline('Year,Headline\r\n2012,Rally\r\n') // { ok: true, value: { title: '', events: [...] } }
 */
export function parseCsvTimeline(
  text: string,
  options: CsvImportOptions = {},
): ParseResult<CsvTimeline> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (name) => CANONICAL_HEADERS.get(normaliseHeader(name)) ?? name,
  });
  const header = parsed.meta.fields ?? [];
  const sheet = header.includes('Year');
  const missing = REQUIRED_DATELINES.filter((column) => !header.includes(column));
  if (!sheet && missing.length > 0) {
    return parseFailure(text, [
      {
        path: 'header',
        message:
          `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ` +
          "(or TimelineJS's Year, Month, Day, Headline and Text)",
      },
    ]);
  }
  const errors: FormatError[] = parsed.errors.map((e) => ({
    path: e.row === undefined ? '' : `row ${e.row + 2}`,
    message: e.message,
  }));
  const documentId = options.documentId ?? 'csv-import';
  const events: TimelineEvent[] = [];
  const ids = new Set<string>();
  let title = '';
  parsed.data.forEach((record, i) => {
    // Row numbers as a spreadsheet shows them: the header is row 1.
    const where = `row ${i + 2}`;
    // Cells beyond the header come as a list under `__parsed_extra`; Papa reports them.
    const cells: Record<string, string> = {};
    for (const [column, cell] of Object.entries(record)) {
      if (typeof cell === 'string') cells[column] = unguardFormula(cell);
    }
    const type = sheetRowType(cells);
    if (type === 'title') {
      title ||= htmlToText(cells.Headline ?? '');
      return;
    }
    if (type === 'era') return;
    // A row of Datelines' own (its exact start value) is read by its own columns.
    const event =
      missing.length === 0 && (cells.start ?? '') !== ''
        ? datelinesRowEvent(cells, where, documentId, errors)
        : sheetRowEvent(cells, where, documentId, i, errors);
    if (!event) return;
    // Ids stay as written; only a repeated one gets a suffix, so selections stay unambiguous.
    let id = event.id;
    for (let n = 2; ids.has(id); n++) id = `${event.id}-${n}`;
    ids.add(id);
    events.push({ ...event, id });
  });
  return errors.length > 0 ? parseFailure(text, errors) : { ok: true, value: { title, events } };
}

/**
 * The events of a CSV (see `parseCsvTimeline`).
 *
 * @example parseCsv(toCsv({ article, events })) // { ok: true, value: events }
 */
export function parseCsv(
  text: string,
  options: CsvImportOptions = {},
): ParseResult<TimelineEvent[]> {
  const result = parseCsvTimeline(text, options);
  return result.ok ? { ok: true, value: result.value.events } : result;
}

function datelinesRowEvent(
  cells: Record<string, string>,
  where: string,
  documentId: string,
  errors: FormatError[],
): TimelineEvent | undefined {
  const own = Object.fromEntries(DATELINES_COLUMNS.map((column) => [column, cells[column] ?? '']));
  const row = CsvRowSchema.safeParse(own);
  if (!row.success) {
    for (const issue of row.error.issues) {
      errors.push({ path: `${where}, column ${formatPath(issue.path)}`, message: issue.message });
    }
    return undefined;
  }
  return checkedEvent(eventOfRow(row.data, documentId), where, errors);
}

function sheetRowEvent(
  cells: Record<string, string>,
  where: string,
  documentId: string,
  index: number,
  errors: FormatError[],
): TimelineEvent | undefined {
  const read = parseSheetRow(cells, where, errors);
  if (!read) return undefined;
  const { quote, ...event } = read;
  return checkedEvent(
    {
      ...event,
      id: cells.id || `row-${index + 2}`,
      sources: [{ documentId, span: { start: 0, end: quote.length, text: quote } }],
    },
    where,
    errors,
  );
}

function checkedEvent(
  event: TimelineEvent,
  where: string,
  errors: FormatError[],
): TimelineEvent | undefined {
  const checked = TimelineEventSchema.safeParse(event);
  if (checked.success) return checked.data;
  for (const issue of checked.error.issues) {
    errors.push({ path: `${where}, ${formatPath(issue.path)}`, message: issue.message });
  }
  return undefined;
}

function eventOfRow(row: z.infer<typeof CsvRowSchema>, documentId: string): TimelineEvent {
  const end = row.end
    ? {
        value: row.end,
        precision: row.end_precision || row.precision,
        approximate: row.end_approximate,
      }
    : undefined;
  return {
    id: row.id,
    title: row.title,
    date: {
      start: { value: row.start, precision: row.precision, approximate: row.approximate },
      ...(end ? { end } : {}),
      derivation: {
        phrase: row.date_phrase,
        reference: { kind: 'none', label: 'the imported CSV file' },
        rule: row.rule || 'imported-csv',
        explanation: row.explanation || 'Date as given in the imported CSV file.',
        inferred: false,
      },
    },
    status: row.status,
    sources: sourcesOfRow(row.quote, row.source_offsets, documentId),
    timexIds: [],
    edited: false,
  };
}

/**
 * The passages of a row. Offsets give each passage's length, which splits the quote
 * cell exactly even when a passage itself holds a line break; without usable offsets the
 * whole cell is one passage.
 */
function sourcesOfRow(quote: string, offsets: string, documentId: string): EventSource[] {
  const spans = offsets
    ? offsets.split(';').map((part) => part.trim().split('-').map(Number) as [number, number])
    : [];
  const lengths = spans.map(([start, end]) => end - start);
  const expected =
    lengths.reduce((sum, n) => sum + n, 0) + QUOTE_SEPARATOR.length * (spans.length - 1);
  if (spans.length === 0 || expected !== quote.length || lengths.some((n) => n < 0)) {
    const [start, end] = spans.length === 1 && spans[0] ? spans[0] : [0, quote.length];
    return [{ documentId, span: { start, end: Math.max(start, end), text: quote } }];
  }
  let at = 0;
  return spans.map(([start, end]) => {
    const text = quote.slice(at, at + end - start);
    at += end - start + QUOTE_SEPARATOR.length;
    return { documentId, span: { start, end, text } };
  });
}
