import type { Extraction, ExtractProgress } from '../core/extract/index.ts';
import type { Article } from '../core/model/index.ts';

/** What the app asks the extraction worker. */
export interface ExtractRequest {
  id: number;
  article: Article;
}

/** What the worker answers: progress on the way, then the engine's result or why it failed. */
export type ExtractResponse =
  | { id: number; kind: 'progress'; progress: ExtractProgress }
  | { id: number; kind: 'done'; ok: true; result: Extraction }
  | { id: number; kind: 'done'; ok: false; message: string };
