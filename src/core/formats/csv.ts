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
import { formatPath, parseFailure, type FormatError, type ParseResult } from './parseResult.ts';

/** The CSV columns, in order: the header row names them. */
export const CSV_COLUMNS = [
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
type CsvColumn = (typeof CSV_COLUMNS)[number];
type CsvRow = Record<CsvColumn, string>;

/** Passages of one event are one per line in the `quote` cell. */
const QUOTE_SEPARATOR = '\n';

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, which spreadsheets need to read UTF-8. */
  bom?: boolean;
}

/**
 * One row per event, with a header row, RFC 4180 quoting and CRLF line ends. Cells a
 * spreadsheet would run as a formula are guarded (see `guardFormula`) and control
 * characters are dropped (see `cleanCell`). No byte-order mark unless asked, so
 * pipelines get plain UTF-8.
 *
 * @example toCsv({ article, events }).split('\r\n')[0] // 'id,title,start,end,precision,...'
 */
export function toCsv(input: ExportInput, options: CsvOptions = {}): string {
  const rows = toExportSource(input).events.map(csvRow);
  const data = rows.map((row) => CSV_COLUMNS.map((column) => guardFormula(cleanCell(row[column]))));
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

/**
 * Reads a CSV written by `toCsv` (or edited in a spreadsheet) back into events. Only
 * `id`, `title`, `start`, `precision` and `status` columns are required. Every problem
 * comes back as `row N, column C: message`; it never throws.
 */
export function parseCsv(
  text: string,
  options: CsvImportOptions = {},
): ParseResult<TimelineEvent[]> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const header = parsed.meta.fields ?? [];
  const missing = (['id', 'title', 'start', 'precision', 'status'] as const).filter(
    (column) => !header.includes(column),
  );
  if (missing.length > 0) {
    return parseFailure(text, [
      {
        path: 'header',
        message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      },
    ]);
  }
  const errors: FormatError[] = parsed.errors.map((e) => ({
    path: e.row === undefined ? '' : `row ${e.row + 2}`,
    message: e.message,
  }));
  const events: TimelineEvent[] = [];
  parsed.data.forEach((record, i) => {
    // Row numbers as a spreadsheet shows them: the header is row 1.
    const where = `row ${i + 2}`;
    const cells = Object.fromEntries(
      CSV_COLUMNS.map((column) => [column, unguardFormula(record[column] ?? '')]),
    );
    const row = CsvRowSchema.safeParse(cells);
    if (!row.success) {
      for (const issue of row.error.issues) {
        errors.push({ path: `${where}, column ${formatPath(issue.path)}`, message: issue.message });
      }
      return;
    }
    const event = eventOfRow(row.data, options.documentId ?? 'csv-import');
    const checked = TimelineEventSchema.safeParse(event);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        errors.push({ path: `${where}, ${formatPath(issue.path)}`, message: issue.message });
      }
      return;
    }
    events.push(checked.data);
  });
  return errors.length > 0 ? parseFailure(text, errors) : { ok: true, value: events };
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
