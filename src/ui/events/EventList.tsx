import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
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

/** Longer lists render only the rows in (and near) view; shorter ones render every row. */
export const VIRTUAL_FROM = 200;
/** A row's height before it is measured: date line, title line and padding. */
const ROW_ESTIMATE = 62;

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

  const virtual = events.length >= VIRTUAL_FROM;
  /** What scrolls: the list itself, or around a long list, a frame that holds it. */
  const scrollRef = useRef<HTMLDivElement>(null);
  const itemKey = useCallback((index: number) => events[index]?.id ?? index, [events]);
  const estimateSize = useCallback(() => ROW_ESTIMATE, []);
  // Not compiled by React Compiler, so its unmemoisable functions do no harm here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    // Off for a short list: it would still measure the list's frame (a forced layout) on
    // every render, before the page's first paint.
    enabled: virtual,
    count: virtual ? events.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 8,
    getItemKey: itemKey,
  });
  /** The row to focus once it has been rendered (keys can move past the rendered rows). */
  const pendingFocus = useRef<number | null>(null);

  // Scroll only the list itself: moving the whole page would pull people away from the
  // timeline they are stepping through.
  useEffect(() => {
    const list = listRef.current;
    if (!list || selectedId === null) return;
    if (virtual) {
      const index = events.findIndex((e) => e.id === selectedId);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
      return;
    }
    const current = list.querySelector<HTMLElement>('[aria-current="true"]');
    if (!current) return;
    const top = current.offsetTop - list.offsetTop;
    const bottom = top + current.offsetHeight;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight)
      list.scrollTop = bottom - list.clientHeight;
  }, [selectedId, events, virtual, virtualizer]);

  const focusRendered = (index: number): boolean => {
    const button = listRef.current?.querySelector<HTMLElement>(
      `.event-button[data-index="${index}"]`,
    );
    button?.focus();
    return Boolean(button);
  };

  // After a render, focus the row a key asked for once it has arrived.
  useLayoutEffect(() => {
    if (pendingFocus.current !== null && focusRendered(pendingFocus.current)) {
      pendingFocus.current = null;
    }
  });

  function focusAt(wanted: number) {
    const index = Math.max(0, Math.min(wanted, events.length - 1));
    if (focusRendered(index)) return;
    pendingFocus.current = index;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>, index: number, id: string) {
    if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      focusAt(e.key === 'Home' ? 0 : events.length - 1);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
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

  const shown = virtualizer.getVirtualItems();
  const rows = virtual
    ? shown.map((row) => ({ index: row.index, start: row.start }))
    : events.map((_, index) => ({ index, start: 0 }));

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
      <div
        ref={scrollRef}
        className={virtual ? 'event-list-box event-list-frame' : 'event-list-box'}
      >
        <ul
          ref={listRef}
          className={virtual ? 'event-list is-virtual' : 'event-list'}
          aria-label="Events"
          style={virtual ? { height: virtualizer.getTotalSize() } : undefined}
        >
          {rows.map(({ index, start }) => {
            const event = events[index];
            if (!event) return null;
            const selected = event.id === selectedId;
            const disagree = sourcesDisagree(event) !== null;
            return (
              <li
                key={event.id}
                data-index={index}
                ref={virtual ? virtualizer.measureElement : undefined}
                // Only some rows exist at a time: each still says where it stands in the whole.
                aria-setsize={events.length}
                aria-posinset={index + 1}
                style={virtual ? { transform: `translateY(${start}px)` } : undefined}
              >
                <button
                  type="button"
                  data-index={index}
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
                  {disagree && (
                    <span className="status-badge disagree-badge">Sources disagree</span>
                  )}
                  {event.edited && <span className="edited-mark">edited</span>}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
