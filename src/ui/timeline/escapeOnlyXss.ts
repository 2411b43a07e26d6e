/**
 * Stands in for the `xss` package inside vis-timeline (see `vite.shared.ts`). vis-timeline
 * passes every string it puts into `innerHTML` through `new FilterXSS().process()`, which
 * keeps an allow-list of tags. We give vis-timeline DOM nodes for item content and plain
 * words for the axis and the publication marker, so no markup is ever meant to get through:
 * this filter escapes everything instead. Stricter, and 6 KB gzip lighter for the reader.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The `FilterXSS` class vis-timeline constructs; options are accepted and ignored. */
export class FilterXSS {
  constructor(_options?: unknown) {}

  /** `text` as HTML that shows exactly `text`. */
  process(text: string): string {
    return String(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
  }
}

export default { FilterXSS };
