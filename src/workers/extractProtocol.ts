import type { Extraction } from '../core/extract/index.ts';
import type { Article } from '../core/model/index.ts';

/** What the app asks the extraction worker. */
export interface ExtractRequest {
  id: number;
  article: Article;
}

/** What the worker answers: the engine's result, or why it failed. */
export type ExtractResponse =
  { id: number; ok: true; result: Extraction } | { id: number; ok: false; message: string };
