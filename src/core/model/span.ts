import './zodConfig.ts';
import { z } from 'zod';

/**
 * A stretch of a document's text, by UTF-16 offsets (as JavaScript strings index),
 * `end` exclusive. `text` is always `document.text.slice(start, end)`.
 */
export const SourceSpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .refine((s) => s.end >= s.start, { message: 'span end must not be before its start' });
export type SourceSpan = z.infer<typeof SourceSpanSchema>;

/** Builds a span over `text` from `start` to `end`, copying the covered characters. */
export function spanOf(text: string, start: number, end: number): SourceSpan {
  return { start, end, text: text.slice(start, end) };
}
