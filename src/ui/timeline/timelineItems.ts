import type { DatePoint, TimelineEvent } from '../../core/model/index.ts';
import { eventInterval } from '../../core/calendar/interval.ts';
import { sourcesDisagree } from '../../core/project/disagreement.ts';
import { eventLabel } from '../eventWords.ts';

/** A vis-timeline item whose content is a DOM element we built, never an HTML string. */
export interface TimelineItem {
  id: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  className: string;
  content: HTMLElement;
  /** The row, when sources are drawn in rows of their own. */
  group?: string;
}

/** The row for events told in more than one article, when sources have rows of their own. */
export const SEVERAL_SOURCES_ROW = 'several-sources';

const DAY_OR_FINER: readonly DatePoint['precision'][] = ['day', 'minute'];

/**
 * CSS classes that draw how well an event's date is known:
 * `tl-imprecise` for months and coarser (hatched across the whole period),
 * `tl-approx-start` / `tl-approx-end` for "about" ends (faded),
 * `tl-planned` / `tl-ongoing` for events that have not (fully) happened.
 *
 * @example itemClasses(januaryRally) // 'tl-item tl-imprecise'
 */
export function itemClasses(event: TimelineEvent): string {
  const { start, end } = event.date;
  const classes = ['tl-item'];
  const imprecise = [start, end].some((p) => p && !DAY_OR_FINER.includes(p.precision));
  if (imprecise) classes.push('tl-imprecise');
  if (start.approximate) classes.push(end ? 'tl-approx-start' : 'tl-approx');
  if (end?.approximate) classes.push('tl-approx-end');
  if (event.status !== 'happened') classes.push(`tl-${event.status}`);
  if (event.date.derivation.inferred) classes.push('tl-inferred');
  if (sourcesDisagree(event)) classes.push('tl-disagree');
  return classes.join(' ');
}

/** "12:00–14:00" for events the text gives clock times for; the axis only shows the day. */
export function clockTimes(event: TimelineEvent): string | null {
  const { start, end } = event.date;
  if (start.precision !== 'minute') return null;
  const from = start.value.slice(11, 16);
  const to = end?.precision === 'minute' ? end.value.slice(11, 16) : null;
  return to && to !== from ? `${from}–${to}` : from;
}

/** The label drawn on the timeline: title, with a "Planned" word so status is not colour alone. */
function itemContent(event: TimelineEvent): HTMLElement {
  const label = document.createElement('span');
  label.className = 'tl-label';
  label.title = eventLabel(event);
  // Only "Planned" gets a word here: an ongoing bar already runs past the publication line,
  // and a badge would leave no room for the title on a short bar.
  if (event.status === 'planned') {
    const badge = document.createElement('span');
    badge.className = 'tl-badge';
    badge.textContent = 'Planned';
    label.append(badge);
  }
  // Sources giving different dates: a word on the item, not colour alone.
  if (sourcesDisagree(event)) {
    const badge = document.createElement('span');
    badge.className = 'tl-badge tl-badge-disagree';
    badge.textContent = 'Sources disagree';
    label.append(badge);
  }
  const title = document.createElement('span');
  title.className = 'tl-title';
  title.textContent = event.title;
  label.append(title);
  const time = clockTimes(event);
  if (time) {
    const when = document.createElement('span');
    when.className = 'tl-time';
    when.textContent = time;
    label.append(when);
  }
  return label;
}

const DAY = 24 * 60 * 60 * 1000;

/** Where an event is drawn: its interval, and whether as a point or a bar. */
export type ItemShape = Pick<TimelineItem, 'type' | 'start' | 'end'>;

/**
 * Single days and moments are points, everything longer a range. A few hours within one day
 * ("12:00–14:00") is drawn as a point at its start too: as a range it would be a sliver too
 * thin to see or click at any zoom that shows the story.
 */
export function itemShape(event: TimelineEvent): ItemShape {
  const interval = eventInterval(event.date);
  const short = interval.end.getTime() - interval.start.getTime() < DAY;
  return interval.isPoint || short
    ? { type: 'point', start: interval.start }
    : { type: 'range', start: interval.start, end: interval.end };
}

/** The row of an event when articles have rows of their own: its article's, or "several". */
export function rowOf(event: TimelineEvent): string {
  const documents = new Set(event.sources.map((s) => s.documentId));
  return documents.size === 1 ? [...documents][0]! : SEVERAL_SOURCES_ROW;
}

/** The vis-timeline item of one event (see `itemShape`), its label built as DOM nodes. */
export function timelineItem(event: TimelineEvent, grouped = false): TimelineItem {
  return {
    id: event.id,
    className: itemClasses(event),
    content: itemContent(event),
    ...(grouped ? { group: rowOf(event) } : {}),
    ...itemShape(event),
  };
}

/** One item per event (see `timelineItem`), each in its article's row when `grouped`. */
export function timelineItems(
  events: readonly TimelineEvent[],
  /** Draw each article's events in a row of its own. */
  grouped = false,
): TimelineItem[] {
  return events.map((event) => timelineItem(event, grouped));
}
