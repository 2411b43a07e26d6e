import { readHtmlArticle } from './htmlArticle.ts';
import { formatSize, MAX_ARTICLE_BYTES } from './limits.ts';

/** What an opened file puts into the form; the user can change all of it. */
export interface ImportedArticle {
  text: string;
  title: string;
  /** `YYYY-MM-DD` the file's metadata states, and from where. */
  publishedOn: string | null;
  publishedFrom: string | null;
  sourceUrl: string | null;
  author: string | null;
  outlet: string | null;
}

export type FileReadResult =
  { ok: true; article: ImportedArticle } | { ok: false; message: string };

export const ACCEPTED_FILE_TYPES =
  '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

type Kind = 'text' | 'markdown' | 'html';

function kindOf(name: string, type: string): Kind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm' || type === 'text/html') return 'html';
  if (ext === 'md' || ext === 'markdown' || type === 'text/markdown') return 'markdown';
  if (ext === 'txt' || type === 'text/plain') return 'text';
  return null;
}

/**
 * Reads a `.txt`, `.md` or `.html` file for the form. Refuses, with a sentence saying
 * why and what to do, a file of another kind, one over the size limit, and one whose
 * bytes are not text. Never throws.
 */
export async function readArticleFile(
  file: Blob & { name: string },
  parser?: DOMParser,
): Promise<FileReadResult> {
  const kind = kindOf(file.name, file.type);
  if (kind === null) {
    return {
      ok: false,
      message: `“${file.name}” is not a file the app can read. Open a .txt, .md or .html file, or paste the article’s text.`,
    };
  }
  if (file.size > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      message: `“${file.name}” is ${formatSize(file.size)}; files up to ${formatSize(MAX_ARTICLE_BYTES)} can be read. Open a shorter article or paste part of it.`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: `“${file.name}” could not be read. Try opening it again.` };
  }
  const text = decodeText(bytes);
  if (text === null) {
    return {
      ok: false,
      message: `“${file.name}” is not a text file (its content is binary). Open a .txt, .md or .html file, or paste the article’s text.`,
    };
  }
  if (kind === 'html') {
    const page = readHtmlArticle(text, parser);
    return { ok: true, article: page };
  }
  const plain = kind === 'markdown' ? markdownToText(text) : { text, title: '' };
  return {
    ok: true,
    article: {
      text: plain.text.replace(/\r\n?/g, '\n').trim(),
      title: plain.title || titleFromName(file.name),
      publishedOn: null,
      publishedFrom: null,
      sourceUrl: null,
      author: null,
      outlet: null,
    },
  };
}

/**
 * UTF-8 text (a BOM dropped), or Windows-1252 for older files; null for binary content:
 * a NUL byte, or many control characters, in the first 64 KB.
 */
export function decodeText(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of head) {
    if (b === 0) return null;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (head.length > 0 && control / head.length > 0.02) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function titleFromName(name: string): string {
  return name
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[_-]+/g, ' ')
    .trim();
}

/**
 * Markdown as plain text: the first `# heading` becomes the title, heading marks,
 * emphasis, images and link syntax go, the words stay.
 */
export function markdownToText(markdown: string): { text: string; title: string } {
  let title = '';
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const words = inline(heading[2] ?? '');
      if (title === '' && heading[1] === '#') {
        title = words;
        continue;
      }
      out.push(words);
      continue;
    }
    out.push(inline(line.replace(/^\s{0,3}(?:[-*+]|\d+[.)])\s+/, '').replace(/^\s{0,3}>\s?/, '')));
  }
  return {
    text: out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    title,
  };
}

function inline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
}
