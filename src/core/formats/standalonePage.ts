import { escapeHtml } from './html.ts';
import type { ReaderTimeline } from './readerSchema.ts';

/** Where the standalone template takes its timeline: JSON in a script element that never runs. */
const DATA_SLOT = /<script type="application\/json" id="datelines-timeline">\s*<\/script>/;
const TITLE = /<title>[^<]*<\/title>/;

/**
 * One self-contained HTML file: the reader's one-file template (`dist/standalone/reader.html`)
 * with the timeline inlined as JSON. `<` is written `\u003c`, so no text in the timeline
 * can close the script element it sits in.
 *
 * @example fillStandaloneTemplate(template, timeline) // '<!doctype html>…<script type="application/json" id="datelines-timeline">{"format":…'
 */
export function fillStandaloneTemplate(template: string, timeline: ReaderTimeline): string {
  if (!DATA_SLOT.test(template)) {
    throw new Error(
      'The standalone template has no place for the timeline: Standalone HTML is made by the built app (npm run build).',
    );
  }
  const json = JSON.stringify(timeline)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return template
    .replace(TITLE, () => `<title>${escapeHtml(timeline.title)} · Datelines</title>`)
    .replace(
      DATA_SLOT,
      () => `<script type="application/json" id="datelines-timeline">${json}</script>`,
    );
}
