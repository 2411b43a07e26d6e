import type { Project } from '../../core/model/index.ts';
import { readerTimelineFromProject } from '../../core/formats/readerLink.ts';
import { fillStandaloneTemplate } from '../../core/formats/standalonePage.ts';
import { downloadText, fileSlug } from './download.ts';

/** The one-file reader the build writes beside the app (vite.standalone.config.ts). */
export const STANDALONE_TEMPLATE_PATH = 'standalone/reader.html';

/**
 * The project as one self-contained HTML file: the reader's code, styles and the timeline
 * inlined; it opens from disk with no network and asks nothing of any server.
 * The template comes from the site the app is served from.
 */
export async function standaloneHtml(
  project: Project,
  fetchTemplate: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<string> {
  const url = new URL(STANDALONE_TEMPLATE_PATH, document.baseURI).href;
  let response: Response;
  try {
    response = await fetchTemplate(url);
  } catch {
    throw new Error('Standalone HTML needs the app’s reader template, which could not be fetched.');
  }
  if (!response.ok) {
    throw new Error(
      `Standalone HTML needs the app’s reader template (${STANDALONE_TEMPLATE_PATH}), which the server does not have (${response.status}). It is made by npm run build.`,
    );
  }
  return fillStandaloneTemplate(await response.text(), readerTimelineFromProject(project));
}

/**
 * Downloads the project as `<title>.html` (see `standaloneHtml`). For the Export menu's
 * "Standalone HTML"; rejects with a message for the person when it cannot be made.
 */
export async function downloadStandaloneHtml(project: Project): Promise<void> {
  const html = await standaloneHtml(project);
  downloadText(html, `${fileSlug(project.title)}.html`, 'text/html;charset=utf-8');
}
