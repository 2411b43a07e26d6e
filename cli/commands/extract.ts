import { basename, extname } from 'node:path';
import type { Article, Project, TimelineEvent } from '../../src/core/model/index.ts';
import { toCsv } from '../../src/core/formats/csv.ts';
import { projectOfArticle } from '../../src/core/formats/exportInput.ts';
import { toICalendar } from '../../src/core/formats/ics.ts';
import { toProjectJson } from '../../src/core/formats/projectJson.ts';
import { toTimelineJs } from '../../src/core/formats/timelineJs.ts';
import type { ExtractOptions } from '../args.ts';
import type { CliIo } from '../io.ts';
import { eventsOfArticle } from '../largeArticle.ts';
import { readInputText } from '../readInput.ts';
import { UsageError } from '../usageError.ts';

/** `datelines extract`: reads an article, finds its events and prints them in a format. */
export async function runExtract(options: ExtractOptions, io: CliIo): Promise<void> {
  const text = await readInputText(options.input, io, options.maxBytes, 'not an article file');
  if (text.trim() === '') {
    throw new UsageError(
      `${options.input === '-' ? 'the article on stdin' : options.input} is empty`,
    );
  }
  const article = articleOf(text, options);
  const events = eventsOfArticle(article);
  if (options.format === 'json') {
    for (const piece of projectJsonPieces(projectOfArticle(article, events))) {
      await writeInPieces(piece, io);
    }
    return;
  }
  await writeInPieces(render(options, article, events, io.now()), io);
}

/**
 * `toProjectJson`'s text in pieces, a few hundred array items each, so a large project is
 * never one string (its events stand twice: as shown, and in the engine's readings).
 */
export function* projectJsonPieces(project: Project, itemsPerPiece = 500): Generator<string> {
  let piece = '';
  let items = 0;
  for (const part of prettyJsonParts(project, '', 0)) {
    piece += part;
    if (part === ITEM_END && ++items >= itemsPerPiece) {
      yield piece;
      piece = '';
      items = 0;
    }
  }
  yield `${piece}\n`;
}

/** Written after each array item but the last; counts items for `projectJsonPieces`. */
const ITEM_END = ',\n';
/** Below this depth values are written whole: an event is small, a project is not. */
const SPLIT_DEPTH = 4;

/** `JSON.stringify(value, null, 2)`, nested `indent` deep, as a stream of parts. */
function* prettyJsonParts(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth >= SPLIT_DEPTH || value === null || typeof value !== 'object') {
    yield JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  const entries: [string | null, unknown][] = Array.isArray(value)
    ? value.map((item) => [null, item])
    : Object.entries(value).filter(([, item]) => item !== undefined);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    yield `${open}${close}`;
    return;
  }
  yield `${open}\n`;
  for (const [index, [key, item]] of entries.entries()) {
    yield key === null ? inner : `${inner}${JSON.stringify(key)}: `;
    yield* prettyJsonParts(item, inner, depth + 1);
    yield index < entries.length - 1 ? ITEM_END : '\n';
  }
  yield `${indent}${close}`;
}

/** Output is written a megabyte at a time, so a large result is never also copied whole. */
const PIECE_CHARS = 1 << 20;

async function writeInPieces(output: string, io: CliIo): Promise<void> {
  if (output.length <= PIECE_CHARS) {
    io.stdout(output);
    return;
  }
  for (let at = 0; at < output.length;) {
    let end = Math.min(output.length, at + PIECE_CHARS);
    // Never between the two halves of a surrogate pair (an emoji would become two U+FFFD).
    if (/[\uD800-\uDBFF]/.test(output[end - 1] ?? '')) end--;
    await io.stdoutDrained(output.slice(at, end));
    at = end;
  }
}

/** The article as the engine takes it; title and id come from the file name unless given. */
export function articleOf(text: string, options: ExtractOptions): Article {
  const name = options.input === '-' ? '' : basename(options.input, extname(options.input));
  const title = options.title ?? (name || 'Untitled article');
  return {
    id: slug(name || title),
    title,
    // Windows line ends would shift every offset against what editors show.
    // (Only when there are any: a copy of a large text costs its size again.)
    text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text,
    ...(options.url !== undefined ? { sourceUrl: options.url } : {}),
    publishedOn: options.published,
    language: 'en',
  };
}

function slug(words: string): string {
  return (
    words
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'article'
  );
}

function render(
  options: Pick<ExtractOptions, 'format' | 'bom'>,
  article: Article,
  events: readonly TimelineEvent[],
  now: Date,
): string {
  switch (options.format) {
    case 'json':
      return toProjectJson(projectOfArticle(article, events));
    case 'timelinejs':
      return `${JSON.stringify(toTimelineJs({ article, events }), null, 2)}\n`;
    case 'csv':
      return toCsv({ article, events }, { bom: options.bom ?? false });
    case 'ics':
      return toICalendar({ article, events }, { now });
  }
}
