import type { z } from 'zod';
import {
  HandEditSchema,
  ProjectSchema,
  TimelineEventSchema,
  safeParseProject,
  type Project,
} from '../../core/model/index.ts';

/** Items checked per slice; the page gets a turn between slices. */
const SLICE = 400;

/** Lets the page handle what waits (input, drawing) before the next slice. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Checks a list item by item, a slice per task; the checked items, or null at the first
 * bad one.
 */
async function checkInSlices<T>(items: unknown, schema: z.ZodType<T>): Promise<T[] | null> {
  if (!Array.isArray(items)) return null;
  const checked: T[] = [];
  for (let i = 0; i < items.length; i += SLICE) {
    if (i > 0) await nextTask();
    for (const item of items.slice(i, i + SLICE)) {
      const parsed = schema.safeParse(item);
      if (!parsed.success) return null;
      checked.push(parsed.data);
    }
  }
  return checked;
}

/**
 * Reads a stored `datelines/2` document as `safeParseProject` does, but its long lists
 * (events, edits, each engine reading's events) a slice at a time, so a timeline of
 * ten thousand events opens without holding the page for a second. Older formats, and
 * anything not shaped like a current project, go through `safeParseProject` at once.
 * Null when the document is not a valid project.
 */
export async function parseProjectInSlices(document: unknown): Promise<Project | null> {
  const d = document as Partial<Record<keyof Project, unknown>> | null;
  if (
    d === null ||
    typeof d !== 'object' ||
    d.format !== 'datelines/2' ||
    !Array.isArray(d.events) ||
    !Array.isArray(d.edits ?? []) ||
    !Array.isArray(d.engine ?? [])
  ) {
    const parsed = safeParseProject(document);
    return parsed.success ? parsed.data : null;
  }
  const engine = (d.engine ?? []) as unknown[];
  // Everything but the long lists, checked at once; then the lists, slice by slice.
  const head = ProjectSchema.safeParse({
    ...d,
    events: [],
    edits: [],
    engine: engine.map((r) => (typeof r === 'object' && r !== null ? { ...r, events: [] } : r)),
  });
  if (!head.success) return null;
  const events = await checkInSlices(d.events, TimelineEventSchema);
  const edits = await checkInSlices(d.edits ?? [], HandEditSchema);
  if (!events || !edits) return null;
  const readings: Project['engine'] = [];
  for (const [i, reading] of head.data.engine.entries()) {
    const checked = await checkInSlices(
      (engine[i] as { events?: unknown } | undefined)?.events,
      TimelineEventSchema,
    );
    if (!checked) return null;
    readings.push({ ...reading, events: checked });
  }
  return { ...head.data, events, edits, engine: readings };
}
