import './zodConfig.ts';
import { z } from 'zod';
import { SourceSpanSchema } from './span.ts';
import { DatePointSchema, EventDateSchema } from './date.ts';
import { EVENT_STATUSES } from './vocabulary.ts';

export const EventStatusSchema = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatusSchema>;

/** One passage an event was read from. */
export const EventSourceSchema = z.object({
  documentId: z.string(),
  /** The quoted passage, word for word. */
  span: SourceSpanSchema,
  /** The sentence index in the document, for "inferred from sentence N". */
  sentence: z.number().int().nonnegative().optional(),
  /**
   * The date this passage gives, kept when events read from different passages (or
   * articles) were merged into one, so that a disagreement between sources shows.
   */
  date: z.object({ start: DatePointSchema, end: DatePointSchema.optional() }).optional(),
});
export type EventSource = z.infer<typeof EventSourceSchema>;

/** A happening on the timeline. */
export const TimelineEventSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  date: EventDateSchema,
  status: EventStatusSchema,
  /** At least one source passage; a happening mentioned twice has two. */
  sources: z.array(EventSourceSchema).min(1),
  /** Ids of the timexes (within the source document) the date came from. */
  timexIds: z.array(z.string()).default([]),
  /** Set when the user edited the event, so re-extraction does not overwrite it. */
  edited: z.boolean().default(false),
  /**
   * An event added by hand whose date is still to be set: listed, marked as needing a
   * date, and left off the timeline until it has one (`date` then holds a placeholder).
   */
  needsDate: z.boolean().optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
