import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { TimelineEvent } from '../../core/model/index.ts';
import { describeEventDate } from '../../core/calendar/describeDate.ts';
import { sourcesDisagree } from '../../core/project/disagreement.ts';
import { STATUS_WORDS, eventLabel } from '../eventWords.ts';
import './events.css';

/** How a click or key chooses: one event, one more (Ctrl/Cmd), or a range (Shift). */
export type ChooseMode = 'only' | 'toggle' | 'range';

export interface EventListProps {
  /** In date order. */
  events: readonly TimelineEvent[];
  /** The event shown in the details. */
  selectedId: string | null;
  /** Every chosen event (several with Ctrl/Cmd-click, Shift-click, Shift+Arrow). */
  chosenIds: readonly string[];
  onSelect: (id: string, mode: ChooseMode) => void;
  /** Shift+Arrow: grow or shrink the choice by one event. */
  onExtend: (direction: 1 | -1) => void;
}

function modeOf(event: MouseEvent | KeyboardEvent): ChooseMode {
  if (event.shiftKey) return 'range';
  if (event.ctrlKey || event.metaKey) return 'toggle';
  return 'only';
}

/**
 * The "Events" list: one button per event, the one shown marked `aria-current`, every
 * chosen one `aria-pressed`. Up/Down move between events, Shift+Up/Down choose several,
 * Ctrl/Cmd+Space adds or removes the focused one.
 */
export function EventList({ events, selectedId, chosenIds, onSelect, onExtend }: EventListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const chosen = new Set(chosenIds);
  const several = chosenIds.length > 1;

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

  function focusAt(index: number) {
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('.event-button');
    buttons?.[Math.max(0, Math.min(index, buttons.length - 1))]?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>, index: number, id: string) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const direction = e.key === 'ArrowDown' ? 1 : -1;
      if (e.shiftKey) {
        // The focused event must be the one the choice grows from.
        if (id !== selectedId) onSelect(id, 'toggle');
        onExtend(direction);
      }
      focusAt(index + direction);
    } else if (e.key === ' ' && (e.ctrlKey || e.metaKey || e.shiftKey)) {
      e.preventDefault();
      onSelect(id, modeOf(e));
    }
  }

  return (
    // Not a landmark: the list itself carries the name "Events".
    <div className="panel events-panel">
      <h2 className="panel-heading">
        Events <span className="panel-count">{events.length}</span>
      </h2>
      {events.length === 0 ? <p className="panel-empty">No dated events yet.</p> : null}
      <p className="visually-hidden" aria-live="polite">
        {several ? `${chosenIds.length} events selected` : ''}
      </p>
      <ul ref={listRef} className="event-list" aria-label="Events">
        {events.map((event, index) => {
          const selected = event.id === selectedId;
          const disagree = sourcesDisagree(event) !== null;
          return (
            <li key={event.id}>
              <button
                type="button"
                className="event-button"
                aria-label={eventLabel(event)}
                aria-current={selected ? 'true' : undefined}
                aria-pressed={several ? chosen.has(event.id) : undefined}
                onClick={(e) => onSelect(event.id, modeOf(e))}
                onKeyDown={(e) => onKeyDown(e, index, event.id)}
              >
                <span className="event-date">
                  {event.needsDate ? 'Needs a date' : describeEventDate(event.date)}
                </span>
                <span className="event-title">{event.title}</span>
                {event.status !== 'happened' && (
                  <span className="status-badge">{STATUS_WORDS[event.status]}</span>
                )}
                {disagree && <span className="status-badge disagree-badge">Sources disagree</span>}
                {event.edited && <span className="edited-mark">edited</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
