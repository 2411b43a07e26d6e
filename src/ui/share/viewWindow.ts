import type { TimelineEvent } from '../../core/model/index.ts';
import { eventInterval } from '../../core/calendar/interval.ts';

export interface ViewWindow {
  start: Date;
  end: Date;
}

/**
 * The window the timeline region shows (it publishes it as `data-window-start/end`), or,
 * before the drawing has loaded, the stretch all events cover.
 */
export function currentViewWindow(
  region: Element | null,
  events: readonly TimelineEvent[],
): ViewWindow {
  const start = Date.parse(region?.getAttribute('data-window-start') ?? '');
  const end = Date.parse(region?.getAttribute('data-window-end') ?? '');
  if (Number.isFinite(start) && Number.isFinite(end) && end > start) {
    return { start: new Date(start), end: new Date(end) };
  }
  const intervals = events.map((e) => eventInterval(e.date));
  if (intervals.length === 0) {
    const now = Date.now();
    return { start: new Date(now - 30 * 864e5), end: new Date(now) };
  }
  const first = Math.min(...intervals.map((i) => i.start.getTime()));
  const last = Math.max(...intervals.map((i) => i.end.getTime()));
  const pad = Math.max(864e5, (last - first) * 0.05);
  return { start: new Date(first - pad), end: new Date(last + pad) };
}
