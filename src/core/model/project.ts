import { z } from 'zod';
import { ArticleSchema } from './document.ts';
import { TimelineEventSchema } from './event.ts';

/** A timeline: one or more articles and the events read from them. */
export const ProjectSchema = z.object({
  format: z.literal('datelines/1'),
  id: z.string().min(1),
  title: z.string(),
  articles: z.array(ArticleSchema),
  events: z.array(TimelineEventSchema),
});
export type Project = z.infer<typeof ProjectSchema>;
