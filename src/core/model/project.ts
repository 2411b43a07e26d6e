import './zodConfig.ts';
import { z } from 'zod';
import { ArticleSchema, IsoDaySchema } from './document.ts';
import { TimelineEventSchema } from './event.ts';
import { HandEditSchema } from './edits.ts';

/** What the engine found in one article, read against one publication date. */
export const EngineReadingSchema = z.object({
  articleId: z.string().min(1),
  /** The publication date the article was read against. */
  publishedOn: IsoDaySchema,
  events: z.array(TimelineEventSchema),
});
export type EngineReading = z.infer<typeof EngineReadingSchema>;

/**
 * The part of a timeline that undo and redo step through: the hand edits, the merge
 * suggestions turned down, each article's publication date, and which articles the
 * timeline holds.
 */
export const DocumentSnapshotSchema = z.object({
  edits: z.array(HandEditSchema),
  rejectedSuggestions: z.array(z.string()),
  publishedOn: z.record(
    z.string(),
    z.object({ publishedOn: IsoDaySchema, publishedOnGiven: z.boolean() }),
  ),
  /**
   * The ids of the timeline's articles, in order (undo of "Add article" takes one out).
   * Absent in histories saved before articles were undoable: the articles stay as they are.
   */
  articleIds: z.array(z.string()).optional(),
});
export type DocumentSnapshot = z.infer<typeof DocumentSnapshotSchema>;

export const HistoryEntrySchema = z.object({
  /** What the step did, for the Undo/Redo buttons' hints: "Delete event". */
  label: z.string(),
  snapshot: DocumentSnapshotSchema,
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** Undo and redo: the states before the current one (oldest first) and those undone (next first). */
export const HistorySchema = z.object({
  past: z.array(HistoryEntrySchema),
  future: z.array(HistoryEntrySchema),
});
export type History = z.infer<typeof HistorySchema>;

/**
 * A timeline, the native Datelines document (`datelines/2`): its articles, what the
 * engine read in each, the hand edits kept apart, the resulting events and the undo
 * history. Saving and re-opening it (or exporting and importing it) loses nothing.
 */
export const ProjectSchema = z.object({
  format: z.literal('datelines/2'),
  id: z.string().min(1),
  title: z.string(),
  /** ISO 8601 date-times. */
  createdAt: z.string(),
  updatedAt: z.string(),
  articles: z.array(ArticleSchema),
  /** The engine's readings, one per article at most; absent ones are read again on opening. */
  engine: z.array(EngineReadingSchema).default([]),
  edits: z.array(HandEditSchema).default([]),
  /** Keys of cross-article merge suggestions the user turned down. */
  rejectedSuggestions: z.array(z.string()).default([]),
  /** The events as shown: the engine's readings with the hand edits applied. */
  events: z.array(TimelineEventSchema),
  history: HistorySchema.default({ past: [], future: [] }),
  /**
   * Articles only the history holds: an undone "Add article" (redo brings it back) or one
   * an undo would bring back. Absent when there are none.
   */
  historyArticles: z.array(ArticleSchema).optional(),
});
export type Project = z.infer<typeof ProjectSchema>;

/** The first native format: one or more articles and their events, no edits. */
export const ProjectV1Schema = z.object({
  format: z.literal('datelines/1'),
  id: z.string().min(1),
  title: z.string(),
  articles: z.array(ArticleSchema),
  events: z.array(TimelineEventSchema),
});
export type ProjectV1 = z.infer<typeof ProjectV1Schema>;

/**
 * Brings a `datelines/1` document to the current format. Its events become the engine's
 * reading of each article (grouped by their first source), so nothing is read again.
 */
export function upgradeProjectV1(v1: ProjectV1, now: string): Project {
  const engine: EngineReading[] = v1.articles.map((article) => ({
    articleId: article.id,
    publishedOn: article.publishedOn,
    events: v1.events.filter((e) => e.sources[0]?.documentId === article.id),
  }));
  return {
    format: 'datelines/2',
    id: v1.id,
    title: v1.title,
    createdAt: now,
    updatedAt: now,
    articles: v1.articles,
    engine,
    edits: [],
    rejectedSuggestions: [],
    events: v1.events,
    history: { past: [], future: [] },
  };
}

/**
 * Reads either native format: `datelines/2` as it is, `datelines/1` upgraded. Anything
 * else is checked against the current format, so every problem is reported.
 */
export function safeParseProject(
  value: unknown,
  now: string = new Date().toISOString(),
): { success: true; data: Project } | { success: false; error: z.ZodError } {
  const format = (value as { format?: unknown } | null)?.format;
  if (format === 'datelines/1') {
    const v1 = ProjectV1Schema.safeParse(value);
    return v1.success ? { success: true, data: upgradeProjectV1(v1.data, now) } : v1;
  }
  const v2 = ProjectSchema.safeParse(value);
  return v2.success ? { success: true, data: v2.data } : v2;
}
