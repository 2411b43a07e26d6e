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
    const project = readStoredProject(document);
    if (!project) throw new Error('not a Datelines project');
    return summarizeProject(project);
  },
};
