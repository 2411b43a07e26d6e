import type { Article, HandEdit, History, Project } from '../../core/model/index.ts';
import type { Extraction } from '../../core/extract/index.ts';
import { SEED_ARTICLE } from '../seed/seed.ts';

/**
 * The engine run for one article: its last result survives a new run or a failure.
 * Request ids are unique across all articles, so an answer names its run.
 */
export interface ExtractionState {
  status: 'running' | 'ready' | 'failed';
  /** Increases with every run, so a late answer to an older run is ignored. */
  requestId: number;
  result: Extraction | null;
  /** The publication date `result` was read against (null before the first result). */
  readOn: string | null;
  error: string | null;
}

/** What the user typed in the publication date field, and why it was refused. */
export interface PublicationDateField {
  input: string;
  error: string | null;
}

/** The open timeline as the user shapes it: articles and hand edits, never engine output. */
export interface TimelineDocument {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  articles: Article[];
  /** Corrections, kept apart from what the engine found and applied on top of it. */
  edits: HandEdit[];
  /** Cross-article merge suggestions the user turned down. */
  rejectedSuggestions: string[];
  /** Articles out of the timeline that undo or redo can bring back (an undone "Add article"). */
  historyArticles: Article[];
}

/** Whether the timeline draws each article's events in a row of its own. */
export type SourcesView = 'together' | 'separate';

export interface AppState {
  timeline: TimelineDocument;
  /** Engine runs by article id. */
  runs: Record<string, ExtractionState>;
  /** The id the next engine run gets. */
  nextRequestId: number;
  history: History;
  /** The article shown in the Article region and whose date the header edits. */
  activeArticleId: string;
  publicationDate: PublicationDateField;
  /** The event shown in the details (the last one chosen). */
  selectedEventId: string | null;
  /** Every event chosen in the list (Ctrl/Cmd-click, Shift-click); holds `selectedEventId`. */
  selectedEventIds: string[];
  sourcesView: SourcesView;
  /** What the last undo or redo did, announced to screen readers. */
  notice: string | null;
}

export interface DefaultStateOptions {
  /** An event named by the page address (`#event=<id>`), selected once events exist. */
  selectedEventId?: string | null;
  articles?: Article[];
}

/** The built-in example timeline's id. */
export const SEED_TIMELINE_ID = 'example-almaty-2012';
const SEED_CREATED_AT = '2012-02-27T00:00:00.000Z';

/** A fresh engine run. */
export function runningState(requestId: number, previous?: ExtractionState): ExtractionState {
  return {
    status: 'running',
    requestId,
    result: previous?.result ?? null,
    readOn: previous?.readOn ?? null,
    error: null,
  };
}

/** The state the app starts in: the seed article, being read. */
export function createDefaultState(options: DefaultStateOptions = {}): AppState {
  const articles = options.articles ?? [SEED_ARTICLE];
  const active = articles[0] ?? SEED_ARTICLE;
  const runs: Record<string, ExtractionState> = {};
  articles.forEach((a, i) => (runs[a.id] = runningState(i + 1)));
  return {
    timeline: {
      id: SEED_TIMELINE_ID,
      title: active.title,
      createdAt: SEED_CREATED_AT,
      updatedAt: SEED_CREATED_AT,
      articles,
      edits: [],
      rejectedSuggestions: [],
      historyArticles: [],
    },
    runs,
    nextRequestId: articles.length + 1,
    history: { past: [], future: [] },
    activeArticleId: active.id,
    publicationDate: { input: active.publishedOn, error: null },
    selectedEventId: options.selectedEventId ?? null,
    selectedEventIds: options.selectedEventId ? [options.selectedEventId] : [],
    sourcesView: 'together',
    notice: null,
  };
}

/**
 * The state for a saved or imported timeline. What the engine read is shown at once and
 * every article is read again in the background (hand edits are re-applied to the new
 * reading by their passages).
 */
export function stateFromProject(
  project: Project,
  options: {
    selectedEventId?: string | null;
    activeArticleId?: string;
    /** Request ids start here: answers for a timeline open before must not match. */
    firstRequestId?: number;
  } = {},
): AppState {
  const firstRequestId = options.firstRequestId ?? 1;
  const first = project.articles[0];
  const active =
    project.articles.find((a) => a.id === options.activeArticleId) ?? first ?? SEED_ARTICLE;
  const runs: Record<string, ExtractionState> = {};
  project.articles.forEach((article, i) => {
    const reading = project.engine.find(
      (r) => r.articleId === article.id && r.publishedOn === article.publishedOn,
    );
    // An article without text (a TimelineJS or CSV import) has nothing to read again:
    // it is ready as it is, and opening ten thousand events by hand costs no second pass.
    const nothingToRead = article.text.trim() === '';
    runs[article.id] = {
      status: nothingToRead ? 'ready' : 'running',
      requestId: firstRequestId + i,
      result: reading
        ? { sentences: [], timexes: [], events: reading.events }
        : nothingToRead
          ? { sentences: [], timexes: [], events: [] }
          : null,
      readOn: reading ? reading.publishedOn : nothingToRead ? article.publishedOn : null,
      error: null,
    };
  });
  const selected = options.selectedEventId ?? null;
  return {
    timeline: {
      id: project.id,
      title: project.title,
      createdAt: project.createdAt,
      updatedAt: project.updatedAt,
      articles: project.articles,
      edits: project.edits,
      rejectedSuggestions: project.rejectedSuggestions,
      historyArticles: project.historyArticles ?? [],
    },
    runs,
    nextRequestId: firstRequestId + project.articles.length,
    history: project.history,
    activeArticleId: active.id,
    publicationDate: { input: active.publishedOn, error: null },
    selectedEventId: selected,
    selectedEventIds: selected ? [selected] : [],
    sourcesView: 'together',
    notice: null,
  };
}
