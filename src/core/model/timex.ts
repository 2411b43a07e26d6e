import './zodConfig.ts';
import { z } from 'zod';
import { SourceSpanSchema } from './span.ts';

/** TimeML TIMEX3 types. */
export const TimexTypeSchema = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export type TimexType = z.infer<typeof TimexTypeSchema>;

/** TimeML TIMEX3 `mod` values ("about" → APPROX, "early" → START, ...). */
export const TimexModSchema = z.enum([
  'APPROX',
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
  'START',
  'MID',
  'END',
]);
export type TimexMod = z.infer<typeof TimexModSchema>;

/** What a normalised value was read against. */
export const TimexAnchorSchema = z.object({
  /** `document`: the publication date; `timex`: an earlier expression in the text; `none`: absolute. */
  kind: z.enum(['document', 'timex', 'none']),
  /** TimeML value of the reference (e.g. the document date `2012-02-27`). */
  value: z.string().optional(),
  /** Id of the referenced timex when `kind` is `timex`. */
  timexId: z.string().optional(),
});
export type TimexAnchor = z.infer<typeof TimexAnchorSchema>;

/**
 * Calendar fields the text itself stated. Everything not listed here was inferred
 * (the year of "March 24", the month of "the 25th").
 */
export const StatedFieldsSchema = z.object({
  year: z.number().int().optional(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  weekday: z.number().int().min(0).max(6).optional(),
  hour: z.number().int().min(0).max(24).optional(),
  minute: z.number().int().min(0).max(59).optional(),
});
export type StatedFields = z.infer<typeof StatedFieldsSchema>;

/** Grammatical tense around an expression, used to choose the year of "March 24". */
export const TenseSchema = z.enum(['past', 'present', 'future', 'unknown']);
export type Tense = z.infer<typeof TenseSchema>;

/**
 * A temporal expression found in text, normalised the TimeML way: the unit of the
 * date engine, and what `datelines timeml` writes as a TIMEX3 tag.
 */
export const TimexSchema = z.object({
  /** `t1`, `t2`, ... in document order. */
  id: z.string(),
  span: SourceSpanSchema,
  type: TimexTypeSchema,
  /** TimeML value: `2012-02-25`, `2012-02`, `2012-W08`, `2012-Q1`, `201X`, `P15D`, `T12:00`, `PAST_REF`, ... */
  value: z.string(),
  mod: TimexModSchema.optional(),
  /** For SET: `quant` ("EVERY") and `freq` ("2X") as TimeML has them. */
  quant: z.string().optional(),
  freq: z.string().optional(),
  stated: StatedFieldsSchema,
  anchor: TimexAnchorSchema,
  tense: TenseSchema,
  /** Name of the pipeline step that recognised and normalised it, e.g. `month-name-day`. */
  rule: z.string(),
});
export type Timex = z.infer<typeof TimexSchema>;
