/**
 * From this many events the drawing is set up in steps, each a task of its own, so that a
 * long article's timeline never holds the page for long: the editor first, then the
 * vis-timeline instance (see `LazyTimelineCanvas`), then its items (see `useVisTimeline`).
 * Smaller timelines are drawn at once, as before: their steps are short anyway.
 */
export const STAGED_FROM = 500;

/** Whether a drawing of `events` events is set up in steps. */
export const isStaged = (events: number): boolean => events >= STAGED_FROM;
