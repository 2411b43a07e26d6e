import { deflateSync, Inflate, strToU8 } from 'fflate';
import type * as z from 'zod/mini';
import type { Project, TimelineEvent } from '../model/index.ts';
import { base64UrlToBytes, bytesToBase64Url } from './base64Url.ts';
import { formatPath, parseJsonText, type FormatError } from './parseResult.ts';
import {
  NativeFileSchema,
  READER_FORMAT,
  ReaderTimelineSchema,
  type NativeFile,
  type ReaderEvent,
  type ReaderTimeline,
} from './readerSchema.ts';

export { READER_FORMAT, type ReaderArticle, type ReaderTimeline } from './readerSchema.ts';

/**
 * Longest link payload (base64url characters) the embed writes or the reader reads.
 * Past it the timeline goes in a hosted JSON file (`?src=`) instead: CMS fields, servers'
 * logs and some browsers cut long addresses, and a reader must not be made to inflate a
 * link of any size.
 */
export const MAX_LINK_CHARS = 60_000;
/** Largest JSON a link may inflate to: deflate can pack 1000:1, so the output is capped too. */
export const MAX_LINK_JSON_BYTES = 4_000_000;

/**
 * The reader's view of a project: the articles without their text (a quote is all a
 * reader sees of it), events with only what the details panel shows.
 *
 * @example readerTimelineFromProject(project).articles[0] // { id, title, outlet, publishedOn, url }
 */
export function readerTimelineFromProject(project: Project | NativeFile): ReaderTimeline {
  return {
    format: READER_FORMAT,
    title: project.title,
    articles: project.articles.map((article) => ({
      id: article.id,
      title: article.title,
      ...(article.outlet ? { outlet: article.outlet } : {}),
      publishedOn: article.publishedOn,
      ...(article.sourceUrl ? { url: article.sourceUrl } : {}),
    })),
    // An event still waiting for a date (added by hand) has no place on a reader's timeline.
    events: project.events
      .filter((event) => !('needsDate' in event && event.needsDate))
      .map(readerEvent),
  };
}

/** An event without what only the editor needs (timex ids, the derivation's offsets). */
function readerEvent(event: TimelineEvent | ReaderEvent): ReaderEvent {
  const { phrase, reference, rule, explanation, inferred } = event.date.derivation;
  const derivation = { phrase, reference, rule, explanation, inferred };
  return {
    id: event.id,
    title: event.title,
    date: { ...event.date, derivation },
    status: event.status,
    sources: event.sources.map((source) => ({ documentId: source.documentId, span: source.span })),
  };
}

/**
 * The timeline as a link payload: JSON, deflated, in base64url (safe in a URL fragment
 * as it is, no escaping).
 *
 * @example encodeReaderLink(timeline) // 'jVNNb9swDP0rhM...'
 */
export function encodeReaderLink(timeline: ReaderTimeline): string {
  return bytesToBase64Url(deflateSync(strToU8(JSON.stringify(timeline)), { level: 9 }));
}

export type ReaderLinkResult = { ok: true; value: ReaderTimeline } | { ok: false; error: string };

/**
 * Reads a link payload back. A cut, altered or oversized link gives one sentence saying
 * so; it never throws.
 *
 * @example decodeReaderLink('not-a-link') // { ok: false, error: 'This link is damaged: ...' }
 */
export function decodeReaderLink(payload: string): ReaderLinkResult {
  const bytes = linkBytes(payload);
  return bytes.ok ? timelineFromInflated(inflateCapped(bytes.value, MAX_LINK_JSON_BYTES)) : bytes;
}

/** What an inflater gives: the bytes, null when the data is not deflate, or 'too-big'. */
export type Inflated = Uint8Array | null | 'too-big';

/**
 * As `decodeReaderLink`, with another inflater: the reader uses the browser's own
 * (`DecompressionStream`), which costs it no code. `inflate` must stop past `limit` bytes.
 */
export async function decodeReaderLinkWith(
  payload: string,
  inflate: (bytes: Uint8Array, limit: number) => Promise<Inflated>,
): Promise<ReaderLinkResult> {
  const bytes = linkBytes(payload);
  return bytes.ok ? timelineFromInflated(await inflate(bytes.value, MAX_LINK_JSON_BYTES)) : bytes;
}

/** The deflated bytes a link payload carries, or why it cannot carry any. */
function linkBytes(
  payload: string,
): { ok: true; value: Uint8Array } | { ok: false; error: string } {
  if (payload.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      error: `This link is too long to read (${payload.length} characters, at most ${MAX_LINK_CHARS}). Host the timeline as a JSON file and use ?src= instead.`,
    };
  }
  const bytes = base64UrlToBytes(payload);
  return bytes
    ? { ok: true, value: bytes }
    : damaged('it has characters a Datelines link never has');
}

function timelineFromInflated(inflated: Inflated): ReaderLinkResult {
  if (inflated === 'too-big') {
    return { ok: false, error: 'This link unpacks to more than a reader will take.' };
  }
  if (inflated === null) return damaged('its data does not unpack (was it cut short?)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return damaged('its data is not text');
  }
  const json = parseJsonText(text);
  if (!json.ok) return damaged('its data is not a timeline');
  const read = parseReaderTimeline(json.value);
  return read.ok ? read : damaged(describe(read.errors));
}

/** Largest hosted file the reader takes (characters). */
export const MAX_READER_FILE_CHARS = 20_000_000;

/**
 * Reads a hosted timeline file: the native Datelines JSON (`datelines/1`, as the app's JSON
 * export writes it) or the reader's own JSON. Bad input gives one sentence naming the
 * field at fault; it never throws.
 *
 * @example parseReaderFile('{"format":"datelines/1", ...}') // { ok: true, value: { format: 'datelines-reader/1', ... } }
 */
export function parseReaderFile(text: string): ReaderLinkResult {
  if (text.length > MAX_READER_FILE_CHARS) {
    return { ok: false, error: 'This file is too large for the reader.' };
  }
  const json = parseJsonText(text);
  if (!json.ok)
    return { ok: false, error: `This file is not a timeline: it is ${json.error.message}.` };
  const format = (json.value as { format?: unknown } | null)?.format;
  if (format === READER_FORMAT) {
    const read = parseReaderTimeline(json.value);
    return read.ok
      ? read
      : { ok: false, error: `This timeline file is damaged: ${describe(read.errors)}.` };
  }
  if (format !== 'datelines/1' && format !== 'datelines/2') {
    return {
      ok: false,
      error:
        'This file is not a Datelines timeline (its "format" is not "datelines/1" or "datelines/2").',
    };
  }
  const project = NativeFileSchema.safeParse(json.value);
  if (!project.success) {
    return {
      ok: false,
      error: `This timeline file is damaged: ${describe(issues(project.error))}.`,
    };
  }
  const timeline = readerTimelineFromProject(project.data);
  return parseReaderTimeline(timeline).ok
    ? { ok: true, value: timeline }
    : { ok: false, error: 'This timeline has no article to date it against.' };
}

/** Checks a value (a parsed link or file) against the reader's schema. */
export function parseReaderTimeline(
  value: unknown,
): { ok: true; value: ReaderTimeline } | { ok: false; errors: FormatError[] } {
  const result = ReaderTimelineSchema.safeParse(value);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: issues(result.error) };
}

function issues(error: z.core.$ZodError): FormatError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** The first problem or two, in words, for a one-line message. */
export function describe(errors: readonly FormatError[]): string {
  return errors
    .slice(0, 2)
    .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))
    .join('; ');
}

function damaged(reason: string): { ok: false; error: string } {
  return { ok: false, error: `This link is damaged: ${reason}.` };
}

const INFLATE_SLICE = 1024;

/** Inflates raw deflate data, giving up as soon as the output passes `limit` bytes. */
function inflateCapped(bytes: Uint8Array, limit: number): Uint8Array | null | 'too-big' {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let finished = false;
  let tooBig = false;
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > limit) {
      tooBig = true;
      throw new Error('too big');
    }
    chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    // Fed in slices, so a bomb stops near the limit instead of filling memory first.
    for (let at = 0; at < bytes.length; at += INFLATE_SLICE) {
      const end = Math.min(at + INFLATE_SLICE, bytes.length);
      inflate.push(bytes.subarray(at, end), end === bytes.length);
    }
    if (bytes.length === 0) inflate.push(bytes, true);
  } catch {
    return tooBig ? 'too-big' : null;
  }
  if (!finished) return null;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
