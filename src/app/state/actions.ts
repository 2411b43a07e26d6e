import type { Extraction } from '../../core/extract/index.ts';
import type { EventPatch, Project } from '../../core/model/index.ts';
import type { SourcesView } from './appState.ts';

/** What the New timeline and Add article forms hand over. */
export interface ArticleInput {
  title: string;
  text: string;
  sourceUrl?: string;
  outlet?: string;
  author?: string;
  /** `YYYY-MM-DD`. */
  publishedOn: string;
  /** False when no date was given and the article is read against today (flagged). */
  publishedOnGiven: boolean;
  /**
   * The id the article gets, when the form read it under that id already: the engine's
   * result then needs no renaming (thousands of events renamed hold the page).
   */
  articleId?: string;
}

/** Every change to the app state is one of these; the reducer is the only place applying them. */
export type Action =
  // Timelines and articles
  | {
      type: 'timeline/created';
      timelineId: string;
      articleId: string;
      at: string;
      article: ArticleInput;
    }
  | { type: 'timeline/opened'; project: Project; selectedEventId?: string | null }
  | { type: 'timeline/renamed'; title: string; at: string }
  | { type: 'article/added'; articleId: string; at: string; article: ArticleInput }
  | { type: 'article/activated'; articleId: string }
  | { type: 'publicationDate/changed'; input: string; at?: string }
  // The engine
  | { type: 'extraction/finished'; requestId: number; result: Extraction }
  | { type: 'extraction/failed'; requestId: number; message: string }
  | { type: 'extraction/retried' }
  // Selection
  | { type: 'event/selected'; eventId: string | null }
  | { type: 'event/stepped'; direction: 1 | -1 }
  | { type: 'event/selectionToggled'; eventId: string }
  | { type: 'event/selectionExtended'; eventId: string }
  | { type: 'event/selectionStepped'; direction: 1 | -1 }
  // Hand edits (each one undoable)
  | { type: 'event/edited'; eventId: string; patch: EventPatch; editId: string; at: string }
  | { type: 'event/deleted'; eventIds: string[]; editId: string; at: string }
  | {
      type: 'event/addedFromSelection';
      articleId: string;
      start: number;
      end: number;
      editId: string;
      at: string;
    }
  | { type: 'events/merged'; eventIds: string[]; editId: string; at: string }
  | { type: 'suggestion/accepted'; key: string; editId: string; at: string }
  | { type: 'suggestion/rejected'; key: string; at: string }
  | { type: 'history/undone' }
  | { type: 'history/redone' }
  // View
  | { type: 'sources/viewChanged'; view: SourcesView };

/** A fresh id for a timeline, article or edit. */
export function newId(prefix: string): string {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${random}`;
}

const now = () => new Date().toISOString();

/** A new timeline holding one article, which becomes the open timeline and is read at once. */
export const createTimeline = (article: ArticleInput): Action => ({
  type: 'timeline/created',
  timelineId: newId('timeline'),
  articleId: article.articleId ?? newId('article'),
  at: now(),
  article,
});
/** Another article in the open timeline; it becomes the article shown and is read at once. */
export const addArticle = (article: ArticleInput): Action => ({
  type: 'article/added',
  articleId: article.articleId ?? newId('article'),
  at: now(),
  article,
});
/** A saved or imported timeline becomes the open one (what `currentProject` gave back). */
export const openTimeline = (project: Project, selectedEventId?: string | null): Action => ({
  type: 'timeline/opened',
  project,
  selectedEventId,
});
export const renameTimeline = (title: string): Action => ({
  type: 'timeline/renamed',
  title,
  at: now(),
});
export const activateArticle = (articleId: string): Action => ({
  type: 'article/activated',
  articleId,
});
export const changePublicationDate = (input: string): Action => ({
  type: 'publicationDate/changed',
  input,
  at: now(),
});
export const finishExtraction = (requestId: number, result: Extraction): Action => ({
  type: 'extraction/finished',
  requestId,
  result,
});
export const failExtraction = (requestId: number, message: string): Action => ({
  type: 'extraction/failed',
  requestId,
  message,
});
export const retryExtraction = (): Action => ({ type: 'extraction/retried' });
export const selectEvent = (eventId: string | null): Action => ({
  type: 'event/selected',
  eventId,
});
/** Select the next (1) or previous (-1) event in date order. */
export const stepEvent = (direction: 1 | -1): Action => ({ type: 'event/stepped', direction });
/** Ctrl/Cmd-click: add an event to the selection, or take it out. */
export const toggleEventSelection = (eventId: string): Action => ({
  type: 'event/selectionToggled',
  eventId,
});
/** Shift-click: select every event in date order from the last chosen to this one. */
export const extendEventSelection = (eventId: string): Action => ({
  type: 'event/selectionExtended',
  eventId,
});
/** Shift+Arrow: grow the selection to the next or previous event in date order. */
export const stepEventSelection = (direction: 1 | -1): Action => ({
  type: 'event/selectionStepped',
  direction,
});
export const editEvent = (eventId: string, patch: EventPatch): Action => ({
  type: 'event/edited',
  eventId,
  patch,
  editId: newId('edit'),
  at: now(),
});
export const deleteEvents = (eventIds: string[]): Action => ({
  type: 'event/deleted',
  eventIds,
  editId: newId('edit'),
  at: now(),
});
/** Text selected in an article (offsets into its text) becomes an event quoting it. */
export const addEventFromSelection = (articleId: string, start: number, end: number): Action => ({
  type: 'event/addedFromSelection',
  articleId,
  start,
  end,
  editId: newId('edit'),
  at: now(),
});
export const mergeEvents = (eventIds: string[]): Action => ({
  type: 'events/merged',
  eventIds,
  editId: newId('edit'),
  at: now(),
});
export const acceptSuggestion = (key: string): Action => ({
  type: 'suggestion/accepted',
  key,
  editId: newId('edit'),
  at: now(),
});
export const rejectSuggestion = (key: string): Action => ({
  type: 'suggestion/rejected',
  key,
  at: now(),
});
export const undo = (): Action => ({ type: 'history/undone' });
export const redo = (): Action => ({ type: 'history/redone' });
export const changeSourcesView = (view: SourcesView): Action => ({
  type: 'sources/viewChanged',
  view,
});
