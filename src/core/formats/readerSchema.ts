/**
 * The schemas of what the reader reads (a link, a standalone file, a hosted JSON file),
 * written with zod/mini: the reader is what news sites load on phones, and zod/mini's
 * functions leave out what they do not use (about 5 KB gzip where classic zod is 25 KB).
 * They mirror src/core/model (sharing its word lists, model/vocabulary.ts);
 * readerSchema.test.ts keeps the two in step.
 */
import * as z from 'zod/mini';
import type { TimelineEvent } from '../model/index.ts';
import { EVENT_STATUSES, PRECISIONS, REFERENCE_KINDS } from '../model/vocabulary.ts';

function isCalendarDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const Day = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
    z.refine(isCalendarDay, 'no such day in the calendar'),
  );

const Text = z.string().check(z.maxLength(100_000));
const Id = z.string().check(z.minLength(1), z.maxLength(500));

const Point = z.object({
  value: z
    .string()
    .check(
      z.regex(
        /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/,
        'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm',
      ),
    ),
  precision: z.enum(PRECISIONS),
  approximate: z.boolean(),
});

const Offset = z.number().check(z.int(), z.nonnegative());
const Span = z
  .object({ start: Offset, end: Offset, text: Text })
  .check(z.refine((s) => s.end >= s.start, 'span end must not be before its start'));

const Derivation = z.object({
  phrase: Text,
  reference: z.object({
    kind: z.enum(REFERENCE_KINDS),
    value: z.optional(z.string()),
    eventId: z.optional(z.string()),
    label: Text,
  }),
  rule: z.string(),
  explanation: Text,
  inferred: z.boolean(),
});

/** An event as the reader shows it: what the details panel and the timeline draw. */
export const ReaderEventSchema = z.object({
  id: Id,
  title: Text.check(z.minLength(1)),
  date: z.object({ start: Point, end: z.optional(Point), derivation: Derivation }),
  status: z.enum(EVENT_STATUSES),
  sources: z
    .array(z.object({ documentId: z.string(), span: Span }))
    .check(z.minLength(1), z.maxLength(1000)),
});
export type ReaderEvent = z.infer<typeof ReaderEventSchema>;

/** Where an article appeared; its text stays with the newsroom. */
export const ReaderArticleSchema = z.object({
  id: Id,
  title: Text,
  outlet: z.optional(Text),
  publishedOn: Day,
  url: z.optional(Text),
});
export type ReaderArticle = z.infer<typeof ReaderArticleSchema>;

export const READER_FORMAT = 'datelines-reader/1';

/** The reader's own JSON: what a link and a standalone file carry. */
export const ReaderTimelineSchema = z.object({
  format: z.literal(READER_FORMAT),
  title: Text,
  articles: z.array(ReaderArticleSchema).check(z.minLength(1), z.maxLength(100)),
  events: z.array(ReaderEventSchema).check(z.maxLength(5000)),
});
export type ReaderTimeline = z.infer<typeof ReaderTimelineSchema>;

/**
 * The native Datelines JSON (`datelines/2`, or the older `datelines/1`) read for the reader: the same fields as
 * `ProjectSchema` where the reader uses them; the article text and editing data are skipped.
 */
export const NativeFileSchema = z.object({
  format: z.enum(['datelines/1', 'datelines/2']),
  title: Text,
  articles: z.array(
    z.object({
      id: Id,
      title: Text,
      outlet: z.optional(Text),
      publishedOn: Day,
      sourceUrl: z.optional(Text),
    }),
  ),
  events: z
    .array(z.object({ ...ReaderEventSchema.shape, needsDate: z.optional(z.boolean()) }))
    .check(z.maxLength(5000)),
});
export type NativeFile = z.infer<typeof NativeFileSchema>;

/** A reader event with the editing fields the app's components expect. */
export function asTimelineEvent(event: ReaderEvent): TimelineEvent {
  return { ...event, timexIds: [], edited: false };
}
