import './zodConfig.ts';
import { z } from 'zod';
import { SourceSpanSchema } from './span.ts';
import { PRECISIONS, REFERENCE_KINDS } from './vocabulary.ts';

/** How precisely a date is known. */
export const PrecisionSchema = z.enum(PRECISIONS);
export type Precision = z.infer<typeof PrecisionSchema>;

/**
 * One end of an event date, as a calendar value at the precision the text gives:
 * `2012`, `2012-01`, `2012-02-25`, `2012-02-25T12:00` (no time zone: local to the story).
 * For coarser precisions (`week`, `quarter`, ...) `value` is the first day it covers
 * and `precision` says how far it reaches.
 */
export const DatePointSchema = z.object({
  value: z
    .string()
    .regex(
      /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/,
      'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm',
    ),
  precision: PrecisionSchema,
  /** "about", "less than two weeks before": the true date may lie a little off. */
  approximate: z.boolean(),
});
export type DatePoint = z.infer<typeof DatePointSchema>;

/** What the date of an event was read against. */
export const DateReferenceSchema = z.object({
  kind: z.enum(REFERENCE_KINDS),
  /** The reference date, `YYYY-MM-DD` or coarser. */
  value: z.string().optional(),
  /** The referenced event, when `kind` is `event`. */
  eventId: z.string().optional(),
  /** Short words for the reference: "the publication date", "the February 25 protest". */
  label: z.string(),
});
export type DateReference = z.infer<typeof DateReferenceSchema>;

/** How a date was worked out, so the app can explain it. */
export const DerivationSchema = z.object({
  /** The words that gave the date, exactly as in the text ("called for March 24"). */
  phrase: z.string(),
  /** Where those words are, when they are in the document. */
  span: SourceSpanSchema.optional(),
  reference: DateReferenceSchema,
  /** Machine name of the rule ("year-by-tense", "duration-from-event", "inherited"). */
  rule: z.string(),
  /** One readable sentence: "“March 24” in a piece dated 27 February 2012, future tense: 24 March 2012." */
  explanation: z.string(),
  /** True when the event has no date phrase of its own and took the date of another. */
  inferred: z.boolean(),
});
export type Derivation = z.infer<typeof DerivationSchema>;

/** When an event happened: a point, or a span when `end` is set. */
export const EventDateSchema = z.object({
  start: DatePointSchema,
  end: DatePointSchema.optional(),
  derivation: DerivationSchema,
});
export type EventDate = z.infer<typeof EventDateSchema>;
