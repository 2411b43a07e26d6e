import { useEffect, useRef } from 'react';
import type { TimelineEvent } from '../../core/model/index.ts';
import { describeEventDate } from '../../core/calendar/describeDate.ts';
import { STATUS_WORDS, eventLabel } from '../eventWords.ts';
import './events.css';

export interface EventListProps {
  /** In date order. */
  events: readonly TimelineEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The "Events" list: one button per event, the selected one marked `aria-current`. */
export function EventList({ events, selectedId, onSelect }: EventListProps) {
  const listRef = useRef<HTMLUListElement>(null);

  // Scroll only the list itself: moving the whole page would pull people away from the
  // timeline they are stepping through.
  useEffect(() => {
    const list = listRef.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!list || !current) return;
    const top = current.offsetTop - list.offsetTop;
    const bottom = top + current.offsetHeight;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight)
      list.scrollTop = bottom - list.clientHeight;
  }, [selectedId, events]);

  return (
    // Not a landmark: the list itself carries the name "Events".
    <div className="panel events-panel">
      <h2 className="panel-heading">
        Events <span className="panel-count">{events.length}</span>
      </h2>
      {events.length === 0 ? <p className="panel-empty">No dated events yet.</p> : null}
      <ul ref={listRef} className="event-list" aria-label="Events">
        {events.map((event) => {
          const selected = event.id === selectedId;
          return (
            <li key={event.id}>
              <button
                type="button"
                className="event-button"
                aria-label={eventLabel(event)}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(event.id)}
              >
                <span className="event-date">{describeEventDate(event.date)}</span>
                <span className="event-title">{event.title}</span>
                {event.status !== 'happened' && (
                  <span className="status-badge">{STATUS_WORDS[event.status]}</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
