import { safeParseProject, type Project } from '../../core/model/index.ts';
import type { DocumentCodec, TimelineSummary } from './schema.ts';

/** Reads a stored document as a current project, upgrading older formats; null if unreadable. */
export function readStoredProject(document: unknown, now?: string): Project | null {
  const parsed = safeParseProject(document, now);
  return parsed.success ? parsed.data : null;
}

export function summarizeProject(
  project: Project,
): Omit<TimelineSummary, 'id' | 'savedAt' | 'revision'> {
  return {
    title: project.title,
    sources: project.articles.map((a) => a.outlet ?? a.title),
    eventCount: project.events.length,
  };
}

/** The codec the app's database uses: native projects, upgraded from every older format. */
export const projectCodec: DocumentCodec = {
  upgrade(document, now) {
    const project = readStoredProject(document, now);
    if (!project) throw new Error('not a Datelines project');
    return project;
  },
  summarize(document) {
    // What the app saves is already a current project: its summary needs no full check
    // (checking ten thousand events on every save would hold the page for a second).
    if (isCurrentShape(document)) return summarizeProject(document);
    const project = readStoredProject(document);
    if (!project) throw new Error('not a Datelines project');
    return summarizeProject(project);
  },
};

/** A `datelines/2` document with the fields a summary reads, without checking the rest. */
function isCurrentShape(document: unknown): document is Project {
  if (typeof document !== 'object' || document === null) return false;
  const d = document as Partial<Record<keyof Project, unknown>>;
  return (
    d.format === 'datelines/2' &&
    typeof d.title === 'string' &&
    Array.isArray(d.events) &&
    Array.isArray(d.articles) &&
    d.articles.every(
      (a: unknown) =>
        typeof a === 'object' &&
        a !== null &&
        typeof (a as { title?: unknown }).title === 'string' &&
        ['string', 'undefined'].includes(typeof (a as { outlet?: unknown }).outlet),
    )
  );
}
