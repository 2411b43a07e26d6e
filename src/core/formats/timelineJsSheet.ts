import { z } from 'zod';
import { describeEventDate } from '../calendar/describeDate.ts';
import type { DatePoint, TimelineEvent } from '../model/index.ts';
import { escapeHtml, htmlToText } from './html.ts';
import type { FormatError } from './parseResult.ts';
import {
  STATUS_LABELS,
  datePoint,
  importedQuote,
  statusOfGroup,
  timelineJsDate,
  type ParsedDate,
  type TimelineJsDate,
} from './timelineJs.ts';
import { eventQuotes, type ExportSource } from './exportInput.ts';

/**
 * The columns of TimelineJS's Google Sheets template, in its order. A CSV with these
 * columns first can be pasted into the template as it is.
 */
export const SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];
export type SheetCells = Record<SheetColumn, string>;

const EMPTY_SHEET_ROW: SheetCells = Object.fromEntries(
  SHEET_COLUMNS.map((column) => [column, '']),
) as SheetCells;

/** The title slide: TimelineJS's `title` row, holding the timeline's title and its sources. */
export function sheetTitleCells(source: ExportSource, credit: string): SheetCells {
  return { ...EMPTY_SHEET_ROW, Headline: escapeHtml(source.title), Text: credit, Type: 'title' };
}

/**
 * One event as TimelineJS sheet cells. Headline and Text are HTML in TimelineJS, so the
 * article's words are escaped; dates go as deep as their precision.
 */
export function sheetEventCells(event: TimelineEvent, useGroups: boolean): SheetCells {
  const start = dateCells(event.date.start);
  const end = event.date.end ? dateCells(event.date.end) : undefined;
  return {
    ...EMPTY_SHEET_ROW,
    Year: start.year,
    Month: start.month,
    Day: start.day,
    Time: start.time,
    'End Year': end?.year ?? '',
    'End Month': end?.month ?? '',
    'End Day': end?.day ?? '',
    'End Time': end?.time ?? '',
    'Display Date': describeEventDate(event.date),
    Headline: escapeHtml(event.title),
    Text: eventQuotes(event)
      .map((q) => `<blockquote>“${escapeHtml(q)}”</blockquote>`)
      .join(''),
    Group: useGroups ? STATUS_LABELS[event.status] : '',
  };
}

function dateCells(point: DatePoint) {
  const date: TimelineJsDate = timelineJsDate(point);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    year: String(date.year),
    month: date.month === undefined ? '' : String(date.month),
    day: date.day === undefined ? '' : String(date.day),
    time: date.hour === undefined ? '' : `${two(date.hour)}:${two(date.minute ?? 0)}`,
  };
}

// ---------------------------------------------------------------------------------------
// Import of a hand-made sheet

/**
 * A whole-number cell between `min` and `max`; an empty cell is a field left out (unless
 * required). One message per cell, in words (zod's unions would only say "Invalid input").
 */
const numberCell = (min: number, max: number, range: string, required = false) =>
  z.string().transform((raw, ctx): number | undefined => {
    const cell = raw.trim();
    if (cell === '' && !required) return undefined;
    if (!/^-?\d+$/.test(cell)) {
      ctx.addIssue({ code: 'custom', message: `expected a whole number, not "${cell}"` });
      return z.NEVER;
    }
    const n = Number(cell);
    if (n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: range });
      return z.NEVER;
    }
    return n;
  });

const TIME =
  /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s?m\.?$|^(\d{1,2}):(\d{2})(?::(\d{2}))?$/i;

/**
 * A time as people type it in the sheet: `13:45`, `13:45:00`, `1:45 PM`, `9 am`. Seconds
 * are dropped: Datelines keeps times to the minute.
 */
const TimeCell = z.string().transform((raw, ctx): { hour: number; minute: number } | undefined => {
  const cell = raw.trim();
  if (cell === '') return undefined;
  const match = TIME.exec(cell);
  if (!match) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a time such as 13:45 or 1:45 PM, not "${cell}"`,
    });
    return z.NEVER;
  }
  const [, h12, m12, , half, h24, m24] = match;
  let hour = Number(h12 ?? h24);
  const minute = Number(m12 ?? m24 ?? 0);
  if (half) {
    if (hour < 1 || hour > 12) {
      ctx.addIssue({ code: 'custom', message: `"${cell}": hours go from 1 to 12 with AM/PM` });
      return z.NEVER;
    }
    hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) {
    ctx.addIssue({ code: 'custom', message: `"${cell}" is not a time of day` });
    return z.NEVER;
  }
  return { hour, minute };
});

const YEAR_RANGE = 'only years 1 to 9999 can be imported';
const YearCell = numberCell(1, 9999, YEAR_RANGE, true).pipe(z.number());
const OptionalYearCell = numberCell(1, 9999, YEAR_RANGE);
const MonthCell = numberCell(1, 12, 'month must be 1 to 12');
const DayCell = numberCell(1, 31, 'day must be 1 to 31');

/** One event row of a TimelineJS sheet, cell by cell (column names as in the template). */
const SheetRowSchema = z.object({
  Year: YearCell,
  Month: MonthCell,
  Day: DayCell,
  Time: TimeCell,
  'End Year': OptionalYearCell,
  'End Month': MonthCell,
  'End Day': DayCell,
  'End Time': TimeCell,
  'Display Date': z.string(),
  Headline: z.string(),
  Text: z.string(),
  Group: z.string(),
});

/** A sheet row's `Type`: `title`, `era` or an ordinary event. */
export function sheetRowType(cells: Partial<Record<string, string>>): 'title' | 'era' | 'event' {
  const type = (cells.Type ?? '').trim().toLowerCase();
  return type === 'title' || type === 'era' ? type : 'event';
}

/**
 * Reads one event row of a TimelineJS sheet: dates from Year…End Time, the title from
 * Headline and the passage from Text, both as plain text (markup dropped). Problems are
 * added to `errors` as `row N, column C`; nothing is thrown.
 */
export function parseSheetRow(
  cells: Partial<Record<string, string>>,
  where: string,
  errors: FormatError[],
): (Omit<TimelineEvent, 'id' | 'sources'> & { quote: string }) | undefined {
  const full = Object.fromEntries(
    SheetRowSchema.keyof().options.map((column) => [column, cells[column] ?? '']),
  );
  const row = SheetRowSchema.safeParse(full);
  if (!row.success) {
    for (const issue of row.error.issues) {
      errors.push({ path: `${where}, column ${String(issue.path[0])}`, message: issue.message });
    }
    return undefined;
  }
  const r = row.data;
  const startFields: ParsedDate = {
    year: r.Year,
    month: r.Month,
    day: r.Day,
    hour: r.Time?.hour,
    minute: r.Time?.minute,
  };
  const start = datePoint(startFields, `${where}, column Year`, errors);
  let end: DatePoint | undefined;
  if (r['End Year'] !== undefined) {
    end = datePoint(
      {
        year: r['End Year'],
        month: r['End Month'],
        day: r['End Day'],
        hour: r['End Time']?.hour,
        minute: r['End Time']?.minute,
      },
      `${where}, column End Year`,
      errors,
    );
    if (!end) return undefined;
  } else if (r['End Month'] !== undefined || r['End Day'] !== undefined) {
    errors.push({ path: `${where}, column End Year`, message: 'an end date needs its year' });
    return undefined;
  }
  if (!start) return undefined;
  const quote = importedQuote(r.Text);
  const title = htmlToText(r.Headline) || quote.slice(0, 80) || 'Untitled event';
  return {
    title,
    quote,
    date: {
      start,
      ...(end ? { end } : {}),
      derivation: {
        phrase: htmlToText(r['Display Date']),
        reference: { kind: 'none', label: 'the imported TimelineJS sheet' },
        rule: 'imported-timelinejs-sheet',
        explanation: 'Date as given in the imported TimelineJS sheet.',
        inferred: false,
      },
    },
    status: statusOfGroup(r.Group),
    timexIds: [],
    edited: false,
  };
}
