import type { Article } from '../../core/model/index.ts';
import type { Extraction } from '../../core/extract/index.ts';
import { SEED_ARTICLE } from '../seed/seed.ts';

/** The engine run for the active article: its last result survives a new run or a failure. */
export interface ExtractionState {
  status: 'running' | 'ready' | 'failed';
  /** Increases with every run, so a late answer to an older run is ignored. */
  requestId: number;
  result: Extraction | null;
  error: string | null;
}

/** What the user typed in the publication date field, and why it was refused. */
export interface PublicationDateField {
  input: string;
  error: string | null;
}

export interface AppState {
  articles: Article[];
  activeArticleId: string;
  publicationDate: PublicationDateField;
  extraction: ExtractionState;
  selectedEventId: string | null;
}

export interface DefaultStateOptions {
  /** An event named by the page address (`#event=<id>`), selected once events exist. */
  selectedEventId?: string | null;
  articles?: Article[];
}

/** The state the app starts in: the seed article, being read. */
export function createDefaultState(options: DefaultStateOptions = {}): AppState {
  const articles = options.articles ?? [SEED_ARTICLE];
  const active = articles[0] ?? SEED_ARTICLE;
  return {
    articles,
    activeArticleId: active.id,
    publicationDate: { input: active.publishedOn, error: null },
    extraction: { status: 'running', requestId: 1, result: null, error: null },
    selectedEventId: options.selectedEventId ?? null,
  };
}
