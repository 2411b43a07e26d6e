import { z } from 'zod';
import { describeEventDate, describePoint } from '../calendar/describeDate.ts';
import {
  IsoDaySchema,
  type DatePoint,
  type EventStatus,
  type TimelineEvent,
} from '../model/index.ts';
import { eventQuotes, toExportSource, type ExportInput } from './exportInput.ts';
import { escapeHtml, htmlToText } from './html.ts';
import {
  parseFailure,
  parseJsonText,
  zodErrors,
  type FormatError,
  type ParseResult,
} from './parseResult.ts';

/** A TimelineJS3 date: only the fields the precision gives are present. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

export interface TimelineJsText {
  headline?: string;
  /** HTML. */
  text?: string;
}

export interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: TimelineJsText;
  unique_id: string;
  group?: string;
}

/** A TimelineJS3 timeline, as its `timeline.json` holds it. */
export interface TimelineJsTimeline {
  title: { text: TimelineJsText };
  events: TimelineJsEvent[];
}

/**
 * A timeline in TimelineJS3's JSON format. Every article string is HTML-escaped, since
 * TimelineJS renders `headline` and `text` as HTML.
 *
 * @example toTimelineJs({ article, events }).events[0]?.start_date
 * // { year: 2012, month: 2, day: 25, display_date: '25 February 2012' }
 */
export function toTimelineJs(input: ExportInput): TimelineJsTimeline {
  const source = toExportSource(input);
  // Groups become rows in TimelineJS; one row labelled "Happened" for everything is noise.
  const useGroups = new Set(source.events.map((e) => e.status)).size > 1;
  const ids = new UniqueIds();
  return {
    title: {
      text: {
        headline: escapeHtml(source.title),
        text: source.articles.map(articleCredit).join(''),
      },
    },
    events: source.events.map((event) => ({
      start_date: timelineJsDate(event.date.start),
      ...(event.date.end ? { end_date: timelineJsDate(event.date.end) } : {}),
      display_date: describeEventDate(event.date),
      text: { headline: escapeHtml(event.title), text: eventHtml(event) },
      unique_id: ids.take(event.id),
      ...(useGroups ? { group: STATUS_LABELS[event.status] } : {}),
    })),
  };
}

export const STATUS_LABELS: Record<EventStatus, string> = {
  happened: 'Happened',
  ongoing: 'Ongoing',
  planned: 'Planned',
};

/** A date point as TimelineJS date fields, down to its precision and no further. */
export function timelineJsDate(point: DatePoint): TimelineJsDate {
  const [year, month, day, hour, minute] = (point.value.match(/\d+/g) ?? []).map(Number);
  const date: TimelineJsDate = { year: year ?? 0 };
  const depth = PRECISION_DEPTH[point.precision];
  if (depth >= 2 && month !== undefined) date.month = month;
  if (depth >= 3 && day !== undefined) date.day = day;
  if (depth >= 4 && hour !== undefined && minute !== undefined) {
    date.hour = hour;
    date.minute = minute;
  }
  date.display_date = describePoint(point);
  return date;
}

/** How many date fields a precision fills: 1 year, 2 month, 3 day, 4 clock time. */
const PRECISION_DEPTH: Record<DatePoint['precision'], number> = {
  century: 1,
  decade: 1,
  year: 1,
  quarter: 2,
  season: 2,
  month: 2,
  week: 3,
  day: 3,
  minute: 4,
};

function eventHtml(event: TimelineEvent): string {
  const quotes = eventQuotes(event).map((q) => `<blockquote>“${escapeHtml(q)}”</blockquote>`);
  const explanation = `<p>${escapeHtml(event.date.derivation.explanation)}</p>`;
  return quotes.join('') + explanation;
}

export function articleCredit(article: {
  title: string;
  outlet?: string | undefined;
  author?: string | undefined;
  publishedOn: string;
  sourceUrl?: string | undefined;
}): string {
  const by = [article.author, article.outlet].filter(Boolean).join(', ');
  const published = describePoint({
    value: article.publishedOn,
    precision: 'day',
    approximate: false,
  });
  const words = `From “${article.title}”${by ? `, ${by}` : ''}, published ${published}.`;
  // Only web links: a `javascript:` URL from an imported project must not become a link.
  const link =
    article.sourceUrl && /^https?:\/\//i.test(article.sourceUrl)
      ? ` <a href="${escapeHtml(article.sourceUrl)}">Source</a>`
      : '';
  return `<p>${escapeHtml(words)}${link}</p>`;
}

/** Ids TimelineJS can use as element ids and URL fragments, unique within one timeline. */
export class UniqueIds {
  private readonly seen = new Set<string>();

  take(id: string): string {
    const base = id.replace(/[^A-Za-z0-9_-]/g, '-') || 'event';
    let candidate = base;
    for (let n = 2; this.seen.has(candidate); n++) candidate = `${base}-${n}`;
    this.seen.add(candidate);
    return candidate;
  }
}

// ---------------------------------------------------------------------------------------
// Import

/** TimelineJS writes numbers, but hand-made files often quote them ("2012"). */
const WholeNumber = z.union([
  z.number().int(),
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, 'expected a whole number')
    .transform(Number),
]);

const TimelineJsDateSchema = z.object({
  year: WholeNumber.refine((y) => y >= 1 && y <= 9999, 'only years 1 to 9999 can be imported'),
  month: WholeNumber.refine((m) => m >= 1 && m <= 12, 'month must be 1 to 12').optional(),
  day: WholeNumber.refine((d) => d >= 1 && d <= 31, 'day must be 1 to 31').optional(),
  hour: WholeNumber.refine((h) => h >= 0 && h <= 23, 'hour must be 0 to 23').optional(),
  minute: WholeNumber.refine((m) => m >= 0 && m <= 59, 'minute must be 0 to 59').optional(),
  display_date: z.string().optional(),
});

const TimelineJsTextSchema = z.object({
  headline: z.string().optional(),
  text: z.string().optional(),
});

const TimelineJsEventSchema = z.object({
  start_date: TimelineJsDateSchema,
  end_date: TimelineJsDateSchema.optional(),
  display_date: z.string().optional(),
  text: TimelineJsTextSchema.optional(),
  unique_id: z.string().optional(),
  group: z.string().optional(),
});

const TimelineJsFileSchema = z.object({
  title: z.object({ text: TimelineJsTextSchema.optional() }).optional(),
  events: z.array(TimelineJsEventSchema),
});

/** TimelineJS date fields, checked one by one (the day of the month is checked later). */
export type ParsedDate = z.infer<typeof TimelineJsDateSchema>;

export interface TimelineJsImport {
  title: string;
  events: TimelineEvent[];
}

export interface TimelineJsImportOptions {
  /** Document id the imported passages are filed under. */
  documentId?: string;
}

/**
 * Reads a TimelineJS3 JSON file back into events, as plain text (HTML removed). Returns
 * every problem with its path (`events[2].start_date.month`) instead of throwing.
 *
 * @example parseTimelineJs(json) // { ok: true, value: { title: 'Almaty protests', events: [...] } }
 */
export function parseTimelineJs(
  text: string,
  options: TimelineJsImportOptions = {},
): ParseResult<TimelineJsImport> {
  const json = parseJsonText(text);
  if (!json.ok) return parseFailure(text, [json.error]);
  const parsed = TimelineJsFileSchema.safeParse(json.value);
  if (!parsed.success) return parseFailure(text, zodErrors(parsed.error));

  const documentId = options.documentId ?? 'timelinejs-import';
  const errors: FormatError[] = [];
  const events: TimelineEvent[] = [];
  const ids = new UniqueIds();
  parsed.data.events.forEach((slide, i) => {
    const start = datePoint(slide.start_date, `events[${i}].start_date`, errors);
    const end = slide.end_date
      ? datePoint(slide.end_date, `events[${i}].end_date`, errors)
      : undefined;
    if (!start || (slide.end_date && !end)) return;

    const body = slide.text?.text ?? '';
    const quote = importedQuote(body);
    const title = htmlToText(slide.text?.headline ?? '') || quote.slice(0, 80) || 'Untitled event';
    const phrase = slide.display_date ?? slide.start_date.display_date ?? '';
    events.push({
      id: ids.take(slide.unique_id ?? `tljs-${i + 1}`),
      title,
      date: {
        start,
        ...(end ? { end } : {}),
        derivation: {
          phrase,
          reference: { kind: 'none', label: 'the imported TimelineJS file' },
          rule: 'imported-timelinejs',
          explanation: 'Date as given in the imported TimelineJS file.',
          inferred: false,
        },
      },
      status: statusOfGroup(slide.group),
      sources: [{ documentId, span: { start: 0, end: quote.length, text: quote } }],
      timexIds: [],
      edited: false,
    });
  });
  if (errors.length > 0) return parseFailure(text, errors);
  return {
    ok: true,
    value: { title: htmlToText(parsed.data.title?.text?.headline ?? ''), events },
  };
}

/** The passage of an imported slide: its quoted blocks if it has any, else all its text. */
export function importedQuote(html: string): string {
  const blocks = [...html.matchAll(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/gi)].map((m) =>
    htmlToText(m[1] ?? '').replace(/^“|”$/g, ''),
  );
  return blocks.length > 0 ? blocks.join('\n') : htmlToText(html);
}

export function statusOfGroup(group: string | undefined): EventStatus {
  const key = group?.trim().toLowerCase();
  return key === 'planned' || key === 'ongoing' ? key : 'happened';
}

/** TimelineJS date fields as a date point at the precision they reach. */
export function datePoint(
  date: ParsedDate,
  path: string,
  errors: FormatError[],
): DatePoint | undefined {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const year = pad(date.year, 4);
  if (date.month === undefined) {
    if (date.day !== undefined || date.hour !== undefined) {
      errors.push({ path, message: 'a day or hour needs a month' });
      return undefined;
    }
    return { value: year, precision: 'year', approximate: false };
  }
  const month = `${year}-${pad(date.month)}`;
  if (date.day === undefined) {
    if (date.hour !== undefined) {
      errors.push({ path, message: 'an hour needs a day' });
      return undefined;
    }
    return { value: month, precision: 'month', approximate: false };
  }
  const day = `${month}-${pad(date.day)}`;
  if (!IsoDaySchema.safeParse(day).success) {
    errors.push({ path, message: `${day} is not a day in the calendar` });
    return undefined;
  }
  if (date.hour === undefined) return { value: day, precision: 'day', approximate: false };
  const time = `${day}T${pad(date.hour)}:${pad(date.minute ?? 0)}`;
  return { value: time, precision: 'minute', approximate: false };
}
