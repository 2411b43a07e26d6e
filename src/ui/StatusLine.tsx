import type { ExtractionState } from '../app/state/appState.ts';

export interface StatusLineProps {
  extraction: ExtractionState;
  eventCount: number;
  onRetry: () => void;
}

/** Says what the engine is doing; the live region exists from the start so changes are announced. */
export function StatusLine({ extraction, eventCount, onRetry }: StatusLineProps) {
  const message =
    extraction.status === 'running'
      ? 'Reading the article…'
      : extraction.status === 'ready'
        ? `${eventCount} dated ${eventCount === 1 ? 'event' : 'events'} found.`
        : '';
  return (
    <div className="status-area">
      <p role="status" className={`status-line is-${extraction.status}`}>
        {message}
      </p>
      {extraction.status === 'failed' && (
        <div role="alert" className="error-box">
          <p>
            <strong>The article could not be read.</strong> {extraction.error}
          </p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </div>
  );
}
