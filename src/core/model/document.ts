import './zodConfig.ts';
import { z } from 'zod';

/** Calendar date `YYYY-MM-DD` that exists (no 31 February). */
export const IsoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return dayExists(y, m - 1, d);
  }, 'no such day in the calendar');

/** Whether the day is in the calendar: a day past its month's end rolls into the next. */
function dayExists(year: number, monthIndex: number, day: number): boolean {
  // Set by fields, in UTC: `Date.UTC` would read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === monthIndex && date.getUTCDate() === day
  );
}

/** An article the user works with. */
export const ArticleSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  text: z.string(),
  sourceUrl: z.string().optional(),
  author: z.string().optional(),
  outlet: z.string().optional(),
  /** The publication date: the reference for "last month", "Tuesday", "March 24". */
  publishedOn: IsoDaySchema,
  /**
   * False when no date was given and the article was read against the day it was
   * added (flagged on the timeline); absent or true when the user gave or confirmed it.
   */
  publishedOnGiven: z.boolean().optional(),
  /** BCP 47 language tag; only `en` is read today. */
  language: z.string().default('en'),
});
export type Article = z.infer<typeof ArticleSchema>;
