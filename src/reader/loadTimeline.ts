import {
  decodeReaderLinkWith,
  parseReaderFile,
  type ReaderLinkResult,
} from '../core/formats/readerLink.ts';
import { inflateRaw } from './inflate.ts';
import { hostedFileUrl, type ReaderOptions } from '../app/url/readerUrl.ts';

/** The id of the element a standalone file carries its timeline in (JSON, never run). */
export const EMBEDDED_TIMELINE_ID = 'datelines-timeline';

export interface LoadContext {
  /** The reader page's own address, for relative `?src=` files. */
  pageUrl: string;
  /** The JSON a standalone file carries, or null on the hosted reader. */
  embedded: string | null;
  fetch: typeof fetch;
}

/**
 * The timeline this reader is asked to show: the one inlined in a standalone file, else the
 * one in the link, else the hosted file `?src=` names. Every failure is one sentence for
 * the reader; nothing throws.
 */
export async function loadTimeline(
  options: ReaderOptions,
  context: LoadContext,
): Promise<ReaderLinkResult> {
  if (context.embedded !== null) return parseReaderFile(context.embedded);
  if (options.payload !== null) return decodeReaderLinkWith(options.payload, inflateRaw);
  if (options.src !== null) return fetchTimeline(options.src, context);
  return {
    ok: false,
    error:
      'This address carries no timeline. Copy the embed code again from Datelines (Embed button).',
  };
}

async function fetchTimeline(src: string, context: LoadContext): Promise<ReaderLinkResult> {
  const url = hostedFileUrl(src, context.pageUrl);
  if (url === null) {
    return { ok: false, error: 'The timeline file must be given by an http or https address.' };
  }
  const failed = (why: string): ReaderLinkResult => ({
    ok: false,
    error: `The timeline could not be loaded from ${url}: ${why}`,
  });
  let response: Response;
  try {
    response = await context.fetch(url, {
      credentials: 'omit',
      headers: { Accept: 'application/json' },
    });
  } catch {
    return failed(
      'the file could not be reached (no connection, or its server does not let other sites read it).',
    );
  }
  if (!response.ok) {
    return failed(
      `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    return failed('the download broke off.');
  }
  const read = parseReaderFile(text);
  return read.ok ? read : failed(read.error);
}
