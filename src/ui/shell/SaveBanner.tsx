import type { SaveStatus } from './useSavedTimelines.ts';

export interface SaveBannerProps {
  status: SaveStatus;
  onDownload: () => void;
  onLoadLatest: () => void;
  onKeepCopy: () => void;
}

/** Says when the browser is not keeping the work, and what to do; nothing when all is saved. */
export function SaveBanner({ status, onDownload, onLoadLatest, onKeepCopy }: SaveBannerProps) {
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
  return (
    <div role="alert" className="save-banner">
      <p>
        <strong>
          {status.kind === 'unavailable'
            ? 'Timelines cannot be saved in this browser'
            : 'Your latest change could not be saved'}
        </strong>{' '}
        ({status.message}). Your work is kept in this tab while it stays open; download the timeline
        to keep a copy.
      </p>
      <div className="save-banner-actions">
        <button type="button" onClick={onDownload}>
          Download timeline (JSON)
        </button>
      </div>
    </div>
  );
}
