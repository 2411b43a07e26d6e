import { basename, extname } from 'node:path';
import type { Article, Project, TimelineEvent } from '../../src/core/model/index.ts';
import { toCsv } from '../../src/core/formats/csv.ts';
import { projectOfArticle } from '../../src/core/formats/exportInput.ts';
import { toICalendar } from '../../src/core/formats/ics.ts';
import { toTimelineJs } from '../../src/core/formats/timelineJs.ts';
import type { ExtractOptions } from '../args.ts';
import { checkText, decodeParts } from '../decode.ts';
import { EventStore } from '../eventStore.ts';
import type { CliIo } from '../io.ts';
import { eventsOfParts } from '../largeArticle.ts';
import { describeInput, readInputBytes } from '../readInput.ts';
import { UsageError } from '../usageError.ts';

/**
 * `datelines extract`: reads an article, finds its events and prints them in a format.
 *
 * Memory stays a few times the input's size whatever its length: the text is held as
 * the bytes read and decoded a part at a time (`decodeParts`), each part's events are
 * kept compact (`EventStore`) once read, and the JSON is written in pieces, the
 * article's text part by part.
 */
export async function runExtract(options: ExtractOptions, io: CliIo): Promise<void> {
  const bytes = await readInputBytes(options.input, io, options.maxBytes, 'not an article file');
  const name = describeInput(options.input);
  // The whole input is checked before anything is written.
  if (checkText(bytes, name).blank) {
    throw new UsageError(
      `${options.input === '-' ? 'the article on stdin' : options.input} is empty`,
    );
  }
  const article = articleOf('', options);
  const store = new EventStore();
  for (const events of eventsOfParts(article, decodeParts(bytes, name))) {
    for (const event of events) store.add(event);
  }
  const { format, bom } = options;
  if (format === 'json') {
    const eventList = (indent: string) => jsonItems(store.sorted(), store.size, indent);
    const holes: JsonHoles = {
      'articles.0.text': () => jsonText(decodeParts(bytes, name)),
      'engine.0.events': eventList,
      events: eventList,
    };
    for (const piece of projectJsonPieces(projectOfArticle(article, []), 500, holes)) {
      await io.stdoutDrained(piece);
    }
    return;
  }
  await writeInPieces(render({ format, bom }, article, [...store.sorted()], io.now()), io);
}

/**
 * Values of a project written from elsewhere than the project, by their path
 * (`articles.0.text`): a large text or event list is never one value in memory.
 * Each gives the JSON of the value, nested `indent` deep.
 */
export type JsonHoles = Readonly<Record<string, (indent: string) => Iterable<string>>>;

/** A string's JSON, given in parts: as `JSON.stringify` of the parts joined. */
function* jsonText(parts: Iterable<string>): Generator<string> {
  yield '"';
  for (const part of parts) yield JSON.stringify(part).slice(1, -1);
  yield '"';
}

/** An array's pretty JSON, nested `indent` deep, from its `count` items. */
function* jsonItems(items: Iterable<unknown>, count: number, indent: string): Generator<string> {
  if (count === 0) {
    yield '[]';
    return;
  }
  const inner = `${indent}  `;
  yield '[\n';
  let index = 0;
  for (const item of items) {
    yield `${inner}${JSON.stringify(item, null, 2).replace(/\n/g, `\n${inner}`)}`;
    yield ++index < count ? ITEM_END : '\n';
  }
  yield `${indent}]`;
}

/**
 * `toProjectJson`'s text in pieces of a few hundred array items or about a megabyte, so a
 * large project is never one string (its events stand twice: as shown, and in the
 * engine's readings); `holes` write values kept outside the project.
 */
export function* projectJsonPieces(
  project: Project,
  itemsPerPiece = 500,
  holes: JsonHoles = {},
): Generator<string> {
  let piece = '';
  let items = 0;
  for (const part of prettyJsonParts(project, '', [], holes)) {
    piece += part;
    if ((part === ITEM_END && ++items >= itemsPerPiece) || piece.length >= PIECE_CHARS) {
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
function* prettyJsonParts(
  value: unknown,
  indent: string,
  path: readonly string[],
  holes: JsonHoles,
): Generator<string> {
  const hole = holes[path.join('.')];
  if (hole) {
    yield* hole(indent);
    return;
  }
  if (path.length >= SPLIT_DEPTH || value === null || typeof value !== 'object') {
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
    yield* prettyJsonParts(item, inner, [...path, key ?? String(index)], holes);
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
  options: Pick<ExtractOptions, 'bom'> & { format: 'timelinejs' | 'csv' | 'ics' },
  article: Article,
  events: readonly TimelineEvent[],
  now: Date,
): string {
  switch (options.format) {
    case 'timelinejs':
      return `${JSON.stringify(toTimelineJs({ article, events }), null, 2)}\n`;
    case 'csv':
      return toCsv({ article, events }, { bom: options.bom ?? false });
    case 'ics':
      return toICalendar({ article, events }, { now });
  }
}
