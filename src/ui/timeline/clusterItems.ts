import { format } from 'date-fns';
import type { EventStatus } from '../../core/model/index.ts';
import type { Cluster, PrecisionGroup } from './clusters.ts';
import type { TimelineItem } from './timelineItems.ts';

const STATUS_ORDER: readonly EventStatus[] = ['happened', 'ongoing', 'planned'];
const PRECISION_ORDER: readonly PrecisionGroup[] = ['minute', 'day', 'month', 'year'];
const PRECISION_WORDS: Record<PrecisionGroup, string> = {
  minute: 'to the minute',
  day: 'to the day',
  month: 'to the month',
  year: 'to the year',
};

/** "3 Jan 2015", or "3 Jan 2015 14:00" when the stretch is shorter than two days. */
function when(ms: number, fine: boolean): string {
  return format(new Date(ms), fine ? 'd MMM yyyy HH:mm' : 'd MMM yyyy');
}

/**
 * What a cluster says to a screen reader (and in its tooltip): how many events, over which
 * stretch, how they stand and how precisely their dates are known, and what Enter does.
 *
 * @example clusterLabel(cluster)
 * // '128 events, 3 Jan 2015 to 8 Mar 2015: 100 happened, 28 planned; 50 to the day, 78 to the month. Enter zooms in to them.'
 */
export function clusterLabel(cluster: Cluster): string {
  const fine = cluster.zoomTo.end - cluster.zoomTo.start < 2 * 24 * 60 * 60 * 1000;
  const stretch = `${when(cluster.zoomTo.start, fine)} to ${when(cluster.zoomTo.end - 1, fine)}`;
  const statuses = STATUS_ORDER.filter((s) => cluster.byStatus[s] > 0)
    .map((s) => `${cluster.byStatus[s]} ${s}`)
    .join(', ');
  const precisions = PRECISION_ORDER.filter((p) => cluster.byPrecision[p] > 0)
    .map((p) => `${cluster.byPrecision[p]} ${PRECISION_WORDS[p]}`)
    .join(', ');
  const what = cluster.band ? 'longer events running across this stretch' : 'events';
  const action = cluster.band ? 'Enter shows them whole.' : 'Enter zooms in to them.';
  return `${cluster.count} ${what}, ${stretch}: ${statuses}; ${precisions}. ${action}`;
}

/** A strip of segments, one per kind present, as wide as its share of the cluster. */
function mixStrip<K extends string>(
  counts: Record<K, number>,
  order: readonly K[],
  prefix: string,
  total: number,
): HTMLElement {
  const strip = document.createElement('span');
  strip.className = `tl-mix tl-mix-${prefix}`;
  for (const kind of order) {
    if (counts[kind] === 0) continue;
    const segment = document.createElement('span');
    segment.className = `tl-mix-part tl-${prefix}-${kind}`;
    segment.style.flexGrow = String(counts[kind] / total);
    strip.append(segment);
  }
  return strip;
}

/**
 * Fills the cluster's label: the count as text, a strip of its status mix (happened,
 * ongoing, planned) and one of its precision mix (minute, day: solid; month, year: hatched
 * as imprecise bars are). A keyboard stop of its own: Enter or Space opens it.
 */
export function fillClusterContent(element: HTMLElement, cluster: Cluster): void {
  element.className = 'tl-cluster-label';
  element.tabIndex = 0;
  element.setAttribute('role', 'button');
  const label = clusterLabel(cluster);
  element.setAttribute('aria-label', label);
  element.title = label;
  const count = document.createElement('span');
  count.className = 'tl-cluster-count';
  count.textContent = cluster.band ? `${cluster.count} across` : `${cluster.count} events`;
  element.replaceChildren(
    count,
    mixStrip(cluster.byStatus, STATUS_ORDER, 'status', cluster.count),
    mixStrip(cluster.byPrecision, PRECISION_ORDER, 'precision', cluster.count),
  );
}

/**
 * The vis-timeline item of a cluster: a bar over its cell, drawn `inset` ms short of either
 * end so neighbouring clusters share a row instead of stacking.
 */
export function clusterItem(cluster: Cluster, content: HTMLElement, inset: number): TimelineItem {
  fillClusterContent(content, cluster);
  const start = cluster.band ? cluster.start : cluster.start + inset;
  const end = cluster.band ? cluster.end : Math.max(cluster.end - inset, start + 1);
  return {
    id: cluster.id,
    type: 'range',
    start: new Date(start),
    end: new Date(end),
    className: cluster.band ? 'tl-cluster tl-band' : 'tl-cluster',
    content,
    ...(cluster.group === undefined ? {} : { group: cluster.group }),
  };
}

/** True for the ids of cluster items (never an event's id: those come from the engine). */
export function isClusterId(id: string): boolean {
  return id.startsWith('cluster:') || id.startsWith('band:');
}
