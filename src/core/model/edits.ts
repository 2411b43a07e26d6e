import './zodConfig.ts';
import { z } from 'zod';
import { DatePointSchema } from './date.ts';
import { EventStatusSchema, TimelineEventSchema } from './event.ts';

/**
 * Where a hand edit applies: one source passage of an event, by document and offsets,
 * with the words themselves. Article texts never change, so the passage finds its event
 * again after the engine re-reads the article (a new publication date, a newer engine).
 */
export const PassageRefSchema = z.object({
  documentId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type PassageRef = z.infer<typeof PassageRefSchema>;

/** The fields a person can set by hand; an absent field keeps the engine's reading. */
export const EventPatchSchema = z.object({
  title: z.string().min(1).optional(),
  start: DatePointSchema.optional(),
  /** `null` removes the end (a span becomes a point). */
  end: DatePointSchema.nullable().optional(),
  status: EventStatusSchema.optional(),
});
export type EventPatch = z.infer<typeof EventPatchSchema>;

const editBase = {
  /** Unique within the timeline. */
  id: z.string().min(1),
  /** When the edit was made (ISO 8601). */
  at: z.string(),
};

/**
 * One correction, kept apart from what the engine found and applied on top of it in
 * order. Each edit names its event by a source passage, never by engine id.
 */
export const HandEditSchema = z.discriminatedUnion('kind', [
  z.object({
    ...editBase,
    kind: z.literal('change'),
    target: PassageRefSchema,
    patch: EventPatchSchema,
    /**
     * The event as it stood after the edit: brought back as it was should the engine no
     * longer find an event at this passage, so no correction is ever lost.
     */
    fallback: TimelineEventSchema,
  }),
  z.object({ ...editBase, kind: z.literal('delete'), target: PassageRefSchema }),
  z.object({
    ...editBase,
    kind: z.literal('add'),
    /** An event made by hand (from a selection in an article); its sources are that selection. */
    event: TimelineEventSchema,
  }),
  z.object({
    ...editBase,
    kind: z.literal('merge'),
    /** One passage per event merged; the first event's title, date and status are kept. */
    targets: z.array(PassageRefSchema).min(2),
  }),
]);
export type HandEdit = z.infer<typeof HandEditSchema>;
export type HandEditKind = HandEdit['kind'];
