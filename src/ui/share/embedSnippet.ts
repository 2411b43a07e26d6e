import { escapeHtml } from '../../core/formats/html.ts';

export interface EmbedSnippetOptions {
  /** The reader's absolute address (see `readerUrl`). */
  src: string;
  /** For the iframe's accessible name. */
  title: string;
  /** A fixed height in pixels; null lets the iframe follow the reader's height. */
  fixedHeight: number | null;
  /** The iframe's id, unique on the host page (several timelines may share one). */
  frameId: string;
}

/** The iframe's height until the reader reports its own. */
export const INITIAL_HEIGHT = 640;

/**
 * The HTML a newsroom pastes into its article: the reader in an iframe and, unless the
 * height is fixed, a small script that sets the iframe's height from the reader's
 * `{ type: 'datelines:height', height }` messages. The script takes a message only from
 * that iframe (its window and its origin) and only of that type, with a sane number.
 *
 * @example embedSnippet({ src: 'https://x.org/reader.html#t=…', title: 'Almaty', fixedHeight: 600, frameId: 'datelines-1' })
 * // '<iframe id="datelines-1" src="https://x.org/reader.html#t=…" title="Timeline: Almaty" …></iframe>'
 */
export function embedSnippet({ src, title, fixedHeight, frameId }: EmbedSnippetOptions): string {
  const height = fixedHeight ?? INITIAL_HEIGHT;
  const iframe =
    `<iframe id="${escapeHtml(frameId)}" src="${escapeHtml(src)}" ` +
    `title="${escapeHtml(`Timeline: ${title}`)}" loading="lazy" ` +
    `style="display:block;width:100%;height:${height}px;border:0"></iframe>`;
  if (fixedHeight !== null) return iframe;
  const origin = new URL(src).origin;
  const script = `<script>
(function () {
  var frame = document.getElementById(${JSON.stringify(frameId)});
  window.addEventListener('message', function (event) {
    if (!frame || event.source !== frame.contentWindow || event.origin !== ${JSON.stringify(origin)}) return;
    var data = event.data;
    if (!data || data.type !== 'datelines:height' || typeof data.height !== 'number') return;
    if (!(data.height > 0 && data.height < 100000)) return;
    frame.style.height = Math.ceil(data.height) + 'px';
  });
})();
</script>`;
  return `${iframe}\n${script}`;
}
