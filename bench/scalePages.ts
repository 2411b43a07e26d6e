/**
 * What `npm run bench:scale` serves besides the built app: vis-timeline as shipped (its
 * standalone build) fed the same generated events as `bench.html`, drawn as plain text items.
 */
import { syntheticEvents } from '../src/app/bench/syntheticEvents.ts';
import { itemShape } from '../src/ui/timeline/timelineItems.ts';

/** vis-timeline's own item for an event: escaped title text, a point or a range. */
export interface PlainItem {
  id: string;
  content: string;
  start: number;
  end?: number;
  type: 'point' | 'range';
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for vis-timeline's HTML `content`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The generated events of `bench.html?n=N&seed=S` as vis-timeline items, in the same places. */
export function plainItems(n: number, seed: number): PlainItem[] {
  return syntheticEvents(n, { seed }).map((event) => {
    const shape = itemShape(event);
    return {
      id: event.id,
      content: escapeHtml(event.title),
      start: shape.start.getTime(),
      ...(shape.end ? { end: shape.end.getTime() } : {}),
      type: shape.type,
    };
  });
}

/**
 * A page that draws the items with vis-timeline's standalone build and our timeline's
 * options (stacked, axis on top, same height limits), exposing the Timeline as `window.vis0`.
 */
export function visPage(n: number, seed: number): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>vis-timeline as shipped</title>
<link rel="stylesheet" href="/vis/vis-timeline-graph2d.min.css">
<style>body { font-family: system-ui, sans-serif; margin: 16px; }</style>
</head><body>
<div id="timeline"></div>
<script src="/vis/vis-timeline-graph2d.min.js"></script>
<script>
fetch('/vis/items.json?n=${n}&seed=${seed}').then((r) => r.json()).then((items) => {
  const HOUR = 3600 * 1000;
  const data = new vis.DataSet(items.map((i) => ({ ...i, start: new Date(i.start), end: i.end === undefined ? undefined : new Date(i.end) })));
  window.vis0 = new vis.Timeline(document.getElementById('timeline'), data, {
    editable: false, selectable: true, showCurrentTime: false, stack: true,
    orientation: { axis: 'top', item: 'top' }, margin: { item: { horizontal: 8, vertical: 8 }, axis: 12 },
    minHeight: 220, maxHeight: 560, verticalScroll: true, zoomMin: 6 * HOUR, zoomMax: 200 * 365 * 24 * HOUR,
  });
});
</script></body></html>`;
}
