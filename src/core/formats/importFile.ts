import type { Article, HandEdit, Project, TimelineEvent } from '../model/index.ts';
import { ProjectSchema, safeParseProject } from '../model/index.ts';
import { parseCsvTimeline } from './csv.ts';
import {
  parseFailure,
  parseJsonText,
  zodErrors,
  type FormatError,
  type ParseResult,
} from './parseResult.ts';
import { parseTimelineJs } from './timelineJs.ts';

/** The kinds of file the app opens. */
export type ImportKind = 'datelines' | 'timelinejs' | 'csv';

export interface ImportOptions {
  /** The file's name, for the title of a timeline that has none. */
  fileName?: string;
  /**
   * When the file is opened (ISO 8601): the new timeline's creation time, and the day
   * given as publication date to the article of a file that has none.
   */
  now: string;
}

export interface ImportedTimeline {
  kind: ImportKind;
  project: Project;
}

/**
 * Reads a file a person chose to open: a native Datelines project (JSON with `format`),
 * a TimelineJS3 timeline (JSON with `events`) or a CSV (Datelines' own, or a sheet after
 * TimelineJS's template). Every file is validated; a bad one gives every problem found,
 * each naming its field (`events[2].start_date.month`) or cell (`row 4, column Year`).
 * Never throws. A native file opens as it was saved (`datelines/1` upgraded). TimelineJS
 * and CSV files carry no article: their events open as events added by hand, so that
 * reading articles again never replaces them, filed under an article without text.
 *
 * @example parseImportFile('{"events":[]}', { now: '2026-12-01T10:00:00Z' }).ok // true
 */
export function parseImportFile(
  text: string,
  options: ImportOptions,
): ParseResult<ImportedTimeline> {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.trimStart()[0];
  if (first === '{' || first === '[') {
    const json = parseJsonText(body);
    if (!json.ok) return parseFailure(text, [json.error]);
    const value = json.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return parseFailure(text, [{ path: '', message: 'expected a JSON object, not a list' }]);
    }
    if ('format' in value) return nativeProject(text, value);
    if ('events' in value) {
      const timeline = parseTimelineJs(body, { documentId: 'timelinejs-import' });
      if (!timeline.ok) return parseFailure(text, timeline.errors);
      return rebuilt(text, 'timelinejs', timeline.value.title, timeline.value.events, options);
    }
    return parseFailure(text, [
      {
        path: '',
        message:
          'not a Datelines project (no "format" field) nor a TimelineJS timeline (no "events" field)',
      },
    ]);
  }
  const csv = parseCsvTimeline(body, { documentId: 'csv-import' });
  if (!csv.ok) return parseFailure(text, csv.errors);
  return rebuilt(text, 'csv', csv.value.title, csv.value.events, options);
}

function nativeProject(text: string, value: object): ParseResult<ImportedTimeline> {
  const parsed = safeParseProject(value);
  if (!parsed.success) return parseFailure(text, zodErrors(parsed.error));
  const errors = consistencyErrors(parsed.data);
  if (errors.length > 0) return parseFailure(text, errors);
  return { ok: true, value: { kind: 'datelines', project: parsed.data } };
}

/**
 * What the schema cannot say about a project: ids are unique, and every quoted passage
 * is in its article at its offsets (the article view highlights it there), unless the
 * article has no text (a timeline imported from TimelineJS or CSV).
 */
export function consistencyErrors(project: Project): FormatError[] {
  const errors: FormatError[] = [];
  const articles = new Map<string, Article>();
  project.articles.forEach((article, i) => {
    if (articles.has(article.id)) {
      errors.push({ path: `articles[${i}].id`, message: `"${article.id}" is used twice` });
    }
    articles.set(article.id, article);
  });
  const eventIds = new Set<string>();
  project.events.forEach((event, i) => {
    if (eventIds.has(event.id)) {
      errors.push({ path: `events[${i}].id`, message: `"${event.id}" is used twice` });
    }
    eventIds.add(event.id);
    event.sources.forEach((source, j) => {
      const path = `events[${i}].sources[${j}]`;
      const article = articles.get(source.documentId);
      if (!article) {
        errors.push({
          path: `${path}.documentId`,
          message: `no article has the id "${source.documentId}"`,
        });
      } else if (
        article.text !== '' &&
        article.text.slice(source.span.start, source.span.end) !== source.span.text
      ) {
        errors.push({
          path: `${path}.span`,
          message: `the passage is not at characters ${source.span.start}–${source.span.end} of article "${article.id}"`,
        });
      }
    });
  });
  return errors;
}

/** A timeline for events read from a file with no article: every event added by hand. */
function rebuilt(
  text: string,
  kind: ImportKind,
  title: string,
  events: readonly TimelineEvent[],
  options: ImportOptions,
): ParseResult<ImportedTimeline> {
  const id = `imported-${hash(text)}`;
  const name = (options.fileName ?? '').replace(/\.[^.]*$/, '').trim();
  const heading = title || name || 'Imported timeline';
  const filed = events.map((event) => ({
    ...event,
    edited: true,
    sources: event.sources.map((source) => ({ ...source, documentId: id })),
  }));
  const edits: HandEdit[] = filed.map((event, i) => ({
    kind: 'add',
    id: `${id}-${i + 1}`,
    at: options.now,
    event,
  }));
  const project: Project = {
    format: 'datelines/2',
    id,
    title: heading,
    createdAt: options.now,
    updatedAt: options.now,
    articles: [
      {
        id,
        title: heading,
        text: '',
        publishedOn: options.now.slice(0, 10),
        publishedOnGiven: false,
        language: 'en',
      },
    ],
    engine: [],
    edits,
    rejectedSuggestions: [],
    events: filed,
    history: { past: [], future: [] },
  };
  const checked = ProjectSchema.safeParse(project);
  if (!checked.success) return parseFailure(text, zodErrors(checked.error));
  return { ok: true, value: { kind, project: checked.data } };
}

/** FNV-1a, 32 bits, as hex: the same file gets the same id. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
