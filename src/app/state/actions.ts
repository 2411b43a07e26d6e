import type { Extraction } from '../../core/extract/index.ts';

/** Every change to the app state is one of these; the reducer is the only place applying them. */
export type Action =
  | { type: 'publicationDate/changed'; input: string }
  | { type: 'extraction/finished'; requestId: number; result: Extraction }
  | { type: 'extraction/failed'; requestId: number; message: string }
  | { type: 'extraction/retried' }
  | { type: 'event/selected'; eventId: string | null }
  | { type: 'event/stepped'; direction: 1 | -1 };

export const changePublicationDate = (input: string): Action => ({
  type: 'publicationDate/changed',
  input,
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
