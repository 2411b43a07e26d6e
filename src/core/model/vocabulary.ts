/*
 * The fixed words of the model, without zod: the schemas (date.ts, event.ts) are built
 * from them, and so is the reader's own, lighter schema (formats/readerSchema.ts), which
 * must not load classic zod.
 */

/** How precisely a date is known, coarsest first. */
export const PRECISIONS = [
  'century',
  'decade',
  'year',
  'quarter',
  'season',
  'month',
  'week',
  'day',
  'minute',
] as const;

/** Whether an event took place, is under way or is planned. */
export const EVENT_STATUSES = ['happened', 'ongoing', 'planned'] as const;

/** What a date was read against. */
export const REFERENCE_KINDS = ['document-date', 'event', 'expression', 'none'] as const;
