import { useState } from 'react';
import { format, parseISO } from 'date-fns';
import type { TimelineSummary } from '../../app/storage/schema.ts';
import { SEED_TIMELINE_ID } from '../../app/state/appState.ts';

export interface TimelinesPageProps {
  list: TimelineSummary[];
  openId: string | null;
  /** False when the browser's storage cannot be used. */
  storageWorks: boolean;
  onOpen: (id: string) => void;
  onRename: (id: string, title: string) => Promise<void>;
  onDuplicate: (id: string) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  onRestore: (id: string) => Promise<void>;
  onRestoreExample: () => Promise<void>;
}

function savedWhen(iso: string): string {
  try {
    return format(parseISO(iso), 'd MMM yyyy, HH:mm');
  } catch {
    return iso;
  }
}

/** Every saved timeline: open, rename, duplicate, delete (with undo); the example can come back. */
export function TimelinesPage(props: TimelinesPageProps) {
  const { list, openId, storageWorks } = props;
  const [renaming, setRenaming] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [deleted, setDeleted] = useState<{ id: string; title: string } | null>(null);
  const hasExample = list.some((t) => t.id === SEED_TIMELINE_ID);

  return (
    <section className="timelines-page" aria-labelledby="timelines-heading">
      <h2 id="timelines-heading">Timelines</h2>
      {!storageWorks && (
        <p className="field-error">
          This browser is not keeping timelines, so only the open one is here, in memory.
        </p>
      )}
      <p role="status" className="timelines-status">
        {deleted && (
          <>
            Deleted “{deleted.title}”.{' '}
            <button
              type="button"
              onClick={() => {
                void props.onRestore(deleted.id);
                setDeleted(null);
              }}
            >
              Undo delete
            </button>
          </>
        )}
      </p>
      {list.length === 0 ? <p>No saved timelines yet. Start one with “New timeline”.</p> : null}
      <ul aria-label="Timelines" className="timelines-list">
        {list.map((t) => (
          <li key={t.id} className={t.id === openId ? 'is-open' : undefined}>
            {renaming === t.id ? (
              <form
                className="rename-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  void props.onRename(t.id, name).then(() => setRenaming(null));
                }}
              >
                <label htmlFor={`rename-${t.id}`}>New name for “{t.title}”</label>
                <input
                  id={`rename-${t.id}`}
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                />
                <button type="submit">Save name</button>
                <button type="button" onClick={() => setRenaming(null)}>
                  Cancel
                </button>
              </form>
            ) : (
              <button
                type="button"
                className="timeline-open"
                aria-current={t.id === openId ? 'true' : undefined}
                onClick={() => props.onOpen(t.id)}
              >
                {t.title}
              </button>
            )}
            <p className="timeline-facts">
              {t.eventCount} {t.eventCount === 1 ? 'event' : 'events'}
              {t.sources.length > 0 && ` · ${t.sources.join(', ')}`} · last change{' '}
              {savedWhen(t.savedAt)}
              {t.id === openId && ' · open now'}
            </p>
            <div className="timeline-actions">
              <button
                type="button"
                aria-label={`Rename “${t.title}”`}
                onClick={() => {
                  setRenaming(t.id);
                  setName(t.title);
                }}
              >
                Rename
              </button>
              <button
                type="button"
                aria-label={`Duplicate “${t.title}”`}
                onClick={() => void props.onDuplicate(t.id)}
              >
                Duplicate
              </button>
              <button
                type="button"
                aria-label={`Delete “${t.title}”`}
                onClick={() => {
                  setDeleted({ id: t.id, title: t.title });
                  void props.onDelete(t.id);
                }}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
      {storageWorks && !hasExample && (
        <p>
          <button type="button" onClick={() => void props.onRestoreExample()}>
            Restore the example timeline
          </button>
        </p>
      )}
    </section>
  );
}
