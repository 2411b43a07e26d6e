import { toProjectJson } from '../../core/formats/projectJson.ts';
import type { Project } from '../../core/model/index.ts';

/** Offers the timeline as a native JSON file, for when the browser cannot keep it. */
export function downloadProject(project: Project): void {
  const blob = new Blob([toProjectJson(project)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  const slug =
    project.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'timeline';
  link.href = url;
  link.download = `${slug.slice(0, 60)}.datelines.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
