import type { SaveStatus } from './useSavedTimelines.ts';

export interface SaveBannerProps {
  status: SaveStatus;
  onDownload: () => void;
  onLoadLatest: () => void;
  onKeepCopy: () => void;
  /** After a failed save: try again now. */
  onRetry: () => void;
}

/** Says when the browser is not keeping the work, and what to do; nothing when all is saved. */
export function SaveBanner(props: SaveBannerProps) {
  const { status, onDownload, onLoadLatest, onKeepCopy, onRetry } = props;
  if (status.kind === 'saved' || status.kind === 'loading') return null;
  if (status.kind === 'conflict') {
    return (
      <div role="alert" className="save-banner">
        <p>
          <strong>
            {status.reason === 'changed'
              ? 'This timeline was changed in another tab.'
              : 'This timeline was deleted in another tab.'}
          </strong>{' '}
          This tab has stopped saving it, so neither tab’s work is overwritten.
        </p>
        <div className="save-banner-actions">
          {status.reason === 'changed' && (
            <button type="button" onClick={onLoadLatest}>
              Load the other tab’s version
            </button>
          )}
          <button type="button" onClick={onKeepCopy}>
            Keep this tab’s version as a copy
          </button>
        </div>
      </div>
    );
  }
  if (status.kind === 'unavailable') {
    return (
      <div role="alert" className="save-banner">
        <p>
          <strong>Timelines cannot be saved in this browser</strong> ({status.message}). Your work
          is kept in this tab while it stays open; download the timeline to keep a copy.
        </p>
        <div className="save-banner-actions">
          <button type="button" onClick={onDownload}>
            Download timeline (JSON)
          </button>
        </div>
      </div>
    );
  }
  return (
    <div role="alert" className="save-banner">
      <p>
        <strong>
          {status.full
            ? 'Storage is full: your latest changes are not saved.'
            : 'Your latest change could not be saved'}
        </strong>{' '}
        {status.full
          ? 'The browser’s storage for this site has no room left. '
          : `(${status.message}). `}
        Your work is kept in this tab while it stays open, and every change tries saving again;
        download the timeline to keep a copy.
      </p>
      <div className="save-banner-actions">
        <button type="button" onClick={onDownload}>
          Download timeline (JSON)
        </button>
        <button type="button" onClick={onRetry}>
          Try saving again
        </button>
      </div>
    </div>
  );
}
