/**
 * The reader view's address. The timeline travels in the fragment (`#t=`), which browsers
 * never send to a server; a hosted JSON file is named in the query (`?src=`). Options may
 * sit in either part, the fragment winning: `event` (the event to open), `theme`
 * (`light`, `dark` or `auto`) and `height` (a fixed height in pixels).
 */

export type ReaderTheme = 'light' | 'dark' | 'auto';

export interface ReaderOptions {
  /** The link payload (see `encodeReaderLink`), when the timeline is in the link. */
  payload: string | null;
  /** A hosted native JSON file, when the timeline is too big for a link. */
  src: string | null;
  eventId: string | null;
  theme: ReaderTheme;
  /** A fixed height in pixels, or null to grow with the content. */
  height: number | null;
}

export const MIN_READER_HEIGHT = 240;
export const MAX_READER_HEIGHT = 4000;

/**
 * The reader's options from its address. Anything it does not understand is ignored,
 * never echoed into the page: a theme is one of three words, a height a bounded integer
 * written in digits.
 *
 * @example readerOptions('?theme=dark', '#t=abc&event=e3')
 * // { payload: 'abc', src: null, eventId: 'e3', theme: 'dark', height: null }
 */
export function readerOptions(search: string, hash: string): ReaderOptions {
  const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const fragment = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const get = (name: string) => nonEmpty(fragment.get(name)) ?? nonEmpty(query.get(name));
  const theme = get('theme');
  // Digits only: "5e2", "0x1f4", " 500" and "500px" are not heights, whatever Number() says.
  const heightText = get('height');
  const height = heightText !== null && /^\d{1,4}$/.test(heightText) ? Number(heightText) : NaN;
  return {
    payload: nonEmpty(fragment.get('t')),
    src: nonEmpty(query.get('src')),
    eventId: get('event'),
    theme: theme === 'dark' || theme === 'auto' ? theme : 'light',
    height:
      Number.isInteger(height) && height >= MIN_READER_HEIGHT && height <= MAX_READER_HEIGHT
        ? height
        : null,
  };
}

function nonEmpty(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}

export interface ReaderUrlOptions {
  payload?: string;
  src?: string;
  eventId?: string | null;
  theme?: ReaderTheme;
  height?: number | null;
}

/**
 * The absolute address of the reader for a timeline, from the reader page's address.
 *
 * @example readerUrl('https://example.org/datelines/reader.html', { payload: 'abc', theme: 'dark' })
 * // 'https://example.org/datelines/reader.html#t=abc&theme=dark'
 */
export function readerUrl(readerPage: string, options: ReaderUrlOptions): string {
  const url = new URL(readerPage);
  url.search = options.src ? `?${new URLSearchParams({ src: options.src }).toString()}` : '';
  const fragment = new URLSearchParams();
  if (options.payload) fragment.set('t', options.payload);
  if (options.eventId) fragment.set('event', options.eventId);
  if (options.theme && options.theme !== 'light') fragment.set('theme', options.theme);
  if (options.height) fragment.set('height', String(options.height));
  const hash = fragment.toString();
  url.hash = hash ? `#${hash}` : '';
  return url.href;
}

/**
 * The address of a hosted timeline file, when it is one a reader may fetch: an absolute
 * http(s) URL, or one relative to the reader page. Anything else (`javascript:`, `data:`,
 * `file:`) is null.
 *
 * @example hostedFileUrl('https://news.example/t.json', 'https://app.example/reader.html') // 'https://news.example/t.json'
 * @example hostedFileUrl('javascript:alert(1)', 'https://app.example/reader.html') // null
 */
export function hostedFileUrl(src: string, readerPage: string): string | null {
  try {
    const url = new URL(src, readerPage);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
