import { dropFurniture, paragraphsOf } from './htmlText.ts';

/** What a saved web page gives for the form: its story as plain text, and what it says of itself. */
export interface HtmlArticle {
  title: string;
  /** The story's paragraphs, one blank line between them. */
  text: string;
  /** `YYYY-MM-DD` from `article:published_time`, a `datePublished` or a `<time>`, if any. */
  publishedOn: string | null;
  /** Where the date came from ("article:published_time", "<time datetime>"), for the form's note. */
  publishedFrom: string | null;
  sourceUrl: string | null;
  author: string | null;
  outlet: string | null;
}

/**
 * Reads a saved news page with the browser's HTML parser: the story container is found
 * (`[itemprop=articleBody]`, the `<article>` with most paragraph text, `<main>`, or the
 * element holding most paragraphs), furniture dropped, its paragraphs kept. The parsed
 * document is never attached to the page, so none of its scripts or handlers can run.
 */
export function readHtmlArticle(html: string, parser: DOMParser = new DOMParser()): HtmlArticle {
  const doc = parser.parseFromString(html, 'text/html');
  // Read metadata before furniture goes: JSON-LD lives in a script, bylines in furniture.
  const published = publishedDate(doc);
  const title = pageTitle(doc);
  const author = authorOf(doc);
  const sourceUrl = webUrl(
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url') ?? null,
  );
  const outlet = meta(doc, 'og:site_name');

  dropFurniture(doc.body);
  const root = storyRoot(doc);
  let paragraphs = paragraphsOf(root);
  // The headline goes to the Title field, not into the text.
  if (title && paragraphs[0] === title) paragraphs = paragraphs.slice(1);
  return {
    title,
    text: paragraphs.join('\n\n'),
    publishedOn: published?.date ?? null,
    publishedFrom: published?.from ?? null,
    sourceUrl,
    author,
    outlet,
  };
}

function meta(doc: Document, name: string): string | null {
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key =
      el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    if (key?.toLowerCase() === name.toLowerCase()) {
      const content = el.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return null;
}

function tidy(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function pageTitle(doc: Document): string {
  const h1 = tidy(doc.querySelector('article h1, main h1, h1')?.textContent);
  return tidy(meta(doc, 'og:title')) || h1 || withoutSiteName(tidy(doc.title));
}

/** "Story headline - Site name | Section": the longest part is the headline. */
function withoutSiteName(title: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  return parts.reduce((best, part) => (part.length > best.length ? part : best), '');
}

function authorOf(doc: Document): string | null {
  const named = meta(doc, 'author') ?? meta(doc, 'article:author');
  if (named && !/^https?:/i.test(named)) return tidy(named);
  const byline = doc.querySelector('[rel="author"], [itemprop="author"], .byline, .author');
  const text = tidy(byline?.textContent).replace(/^by\s+/i, '');
  return text !== '' && text.length < 120 ? text : null;
}

function webUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
}

/** `YYYY-MM-DD` at the start of an ISO date-time, if it names a real day. */
export function dayOf(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1000) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function publishedDate(doc: Document): { date: string; from: string } | null {
  const candidates: [string | null, string][] = [
    [meta(doc, 'article:published_time'), 'article:published_time'],
    [jsonLdDatePublished(doc), 'datePublished'],
    [meta(doc, 'datePublished'), 'datePublished'],
    [
      doc
        .querySelector('time[itemprop="datePublished"], time[pubdate]')
        ?.getAttribute('datetime') ?? null,
      '<time>',
    ],
    [meta(doc, 'pubdate') ?? meta(doc, 'publishdate') ?? meta(doc, 'date'), 'date meta tag'],
    [meta(doc, 'dc.date.issued') ?? meta(doc, 'dc.date'), 'date meta tag'],
    [
      doc
        .querySelector('article time[datetime], main time[datetime], time[datetime]')
        ?.getAttribute('datetime') ?? null,
      '<time>',
    ],
  ];
  for (const [value, from] of candidates) {
    const date = dayOf(value);
    if (date) return { date, from };
  }
  return null;
}

/** `datePublished` from the page's JSON-LD, read as data (JSON.parse), never run. */
function jsonLdDatePublished(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findKey(JSON.parse(script.textContent ?? '') as unknown, 'datePublished', 0);
      if (found) return found;
    } catch {
      // A broken block is skipped; the other sources of a date remain.
    }
  }
  return null;
}

function findKey(value: unknown, key: string, depth: number): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findKey(item, key, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const own = record[key];
  if (typeof own === 'string') return own;
  for (const child of Object.values(record)) {
    const found = findKey(child, key, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The element holding the story. */
function storyRoot(doc: Document): Element {
  const body = doc.querySelector('[itemprop="articleBody"]');
  if (body && paragraphText(body) > 0) return body;
  const articles = Array.from(doc.querySelectorAll('article'));
  const best = largest(articles);
  if (best) return best;
  const main = doc.querySelector('main, [role="main"]');
  if (main && paragraphText(main) > 0) return main;
  // No semantic markup: the element whose own paragraphs hold the most text.
  const parents = new Set(
    Array.from(doc.body.querySelectorAll('p')).flatMap((p) =>
      p.parentElement ? [p.parentElement] : [],
    ),
  );
  return largest([...parents], true) ?? doc.body;
}

function largest(elements: Element[], directOnly = false): Element | null {
  let best: Element | null = null;
  let bestText = 0;
  for (const el of elements) {
    const text = paragraphText(el, directOnly);
    if (text > bestText) {
      best = el;
      bestText = text;
    }
  }
  return best;
}

function paragraphText(el: Element, directOnly = false): number {
  const ps = directOnly
    ? Array.from(el.children).filter((c) => c.tagName === 'P')
    : Array.from(el.querySelectorAll('p'));
  return ps.reduce((sum, p) => sum + tidy(p.textContent).length, 0);
}
