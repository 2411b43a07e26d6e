import { useEffect, useRef, useState } from 'react';
import type { Article, EventPatch, TimelineEvent } from '../../core/model/index.ts';
import type { EventNote } from '../../core/project/applyEdits.ts';
import { describeEventDate } from '../../core/calendar/describeDate.ts';
import { STATUS_WORDS } from '../eventWords.ts';
import { StatusBadge } from '../events/StatusBadge.tsx';
import { EventEditForm } from '../edit/EventEditForm.tsx';
import { DateDerivation } from './DateDerivation.tsx';
import { EventSources } from './EventSources.tsx';
import '../edit/edit.css';
import './details.css';

export interface EventDetailsProps {
  event: TimelineEvent | undefined;
  /** What hand edits did to it: "set by hand" beside the engine's reading. */
  note?: EventNote;
  articles: readonly Article[];
  /** Every event chosen in the list, when more than one: merge them. */
  chosen: readonly TimelineEvent[];
  /** Scrolls to and focuses the passage of source `sourceIndex` in the article. */
  onShowInArticle: (eventId: string, sourceIndex: number) => void;
  onSave: (eventId: string, patch: EventPatch) => void;
  onDelete: (eventIds: string[]) => void;
  onMerge: (eventIds: string[]) => void;
}

function ByHand({ engine }: { engine: string | null }) {
  return (
    <>
      <span className="by-hand">set by hand</span>
      {engine !== null && <span className="engine-reading">The engine read: {engine}</span>}
    </>
  );
}

/** The "Event details" region: what the selected event is, when, and the exact words behind it. */
export function EventDetails(props: EventDetailsProps) {
  const { event, note, chosen } = props;
  // Editing belongs to one event: choosing another closes the form.
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = event !== undefined && editingId === event.id;
  const panelRef = useRef<HTMLElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const eventId = event?.id;

  // Another event: its details start at their top.
  useEffect(() => {
    if (panelRef.current) panelRef.current.scrollTop = 0;
  }, [eventId, chosen.length]);
  // Back from the form: focus returns to "Edit event", near the top of the panel.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButtonRef.current?.focus();
    }
  }, [editing]);
  const closeForm = () => {
    returnFocus.current = true;
    setEditingId(null);
  };

  return (
    <section ref={panelRef} className="panel details-panel" aria-label="Event details">
      <p className="panel-eyebrow" aria-hidden="true">
        Event details
      </p>
      {chosen.length > 1 ? (
        <>
          <h2 className="details-title">{chosen.length} events selected</h2>
          <ul className="chosen-list">
            {chosen.map((e) => (
              <li key={e.id}>
                {e.title} <span className="chosen-date">({describeEventDate(e.date)})</span>
              </li>
            ))}
          </ul>
          <div className="details-actions">
            <button
              type="button"
              className="primary-button"
              onClick={() => props.onMerge(chosen.map((e) => e.id))}
            >
              Merge events
            </button>
            <button
              type="button"
              className="danger-button"
              onClick={() => props.onDelete(chosen.map((e) => e.id))}
            >
              Delete {chosen.length} events
            </button>
          </div>
          <p className="panel-empty">
            Merging makes one event of them with every quote; the earliest gives its title and date.
          </p>
        </>
      ) : event ? (
        editing ? (
          <>
            <h2 className="details-title">{event.title}</h2>
            <EventEditForm
              event={event}
              onCancel={closeForm}
              onSave={(patch) => {
                props.onSave(event.id, patch);
                closeForm();
              }}
            />
          </>
        ) : (
          <>
            <h2 className="details-title">{event.title}</h2>
            {note?.byHand.title && <ByHand engine={note.engine?.title ?? null} />}
            <dl className="details-facts">
              <div>
                <dt>When</dt>
                <dd className="details-date">
                  {event.needsDate ? (
                    <span className="status-badge needs-date">Needs a date</span>
                  ) : (
                    describeEventDate(event.date)
                  )}
                  {note?.byHand.date && (
                    <ByHand engine={note.engine ? describeEventDate(note.engine.date) : null} />
                  )}
                </dd>
              </div>
              <div>
                <dt>Status</dt>
                <dd>
                  <StatusBadge status={event.status} />
                  {note?.byHand.status && (
                    <ByHand engine={note.engine ? STATUS_WORDS[note.engine.status] : null} />
                  )}
                </dd>
              </div>
            </dl>
            {note?.addedByHand && <p className="panel-empty">Added by hand from a selection.</p>}
            <div className="details-actions">
              <button ref={editButtonRef} type="button" onClick={() => setEditingId(event.id)}>
                Edit event
              </button>
              <button
                type="button"
                className="danger-button"
                onClick={() => props.onDelete([event.id])}
              >
                Delete event
              </button>
            </div>
            <EventSources
              event={event}
              articles={props.articles}
              onShowInArticle={props.onShowInArticle}
            />
            {!event.needsDate && <DateDerivation event={event} />}
          </>
        )
      ) : (
        <p className="panel-empty">Select an event on the timeline or in the list.</p>
      )}
    </section>
  );
}
