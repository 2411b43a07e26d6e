// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Cluster } from './clusters.ts';
import { clusterItem, clusterLabel, isClusterId } from './clusterItems.ts';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date(2015, 0, 3).getTime();
const cluster: Cluster = {
  id: 'cluster:60000:5',
  start,
  end: start + 64 * DAY,
  zoomTo: { start, end: start + 64 * DAY },
  band: false,
  count: 128,
  byStatus: { happened: 100, ongoing: 0, planned: 28 },
  byPrecision: { minute: 0, day: 50, month: 78, year: 0 },
};

describe('clusterLabel', () => {
  it('says how many, over which stretch, how they stand, how precise, and what Enter does', () => {
    expect(clusterLabel(cluster)).toBe(
      '128 events, 3 Jan 2015 to 7 Mar 2015: 100 happened, 28 planned; 50 to the day, 78 to the month. Enter zooms in to them.',
    );
  });
});

describe('clusterItem', () => {
  it('draws a focusable count with strips of its status and precision mix, inset in its cell', () => {
    const content = document.createElement('span');
    const item = clusterItem(cluster, content, DAY);
    expect(item).toMatchObject({ id: cluster.id, type: 'range', className: 'tl-cluster' });
    expect(item.start.getTime()).toBe(start + DAY);
    expect(item.end?.getTime()).toBe(start + 63 * DAY);
    expect(content.getAttribute('role')).toBe('button');
    expect(content.tabIndex).toBe(0);
    expect(content.querySelector('.tl-cluster-count')?.textContent).toBe('128 events');
    const parts = [...content.querySelectorAll('.tl-mix-part')].map((p) => p.className);
    expect(parts).toEqual([
      'tl-mix-part tl-status-happened',
      'tl-mix-part tl-status-planned',
      'tl-mix-part tl-precision-day',
      'tl-mix-part tl-precision-month',
    ]);
  });

  it('fills the same element again when the cluster changes, never as HTML', () => {
    const content = document.createElement('span');
    clusterItem(cluster, content, 0);
    clusterItem({ ...cluster, count: 3, id: '<b>x</b>' }, content, 0);
    expect(content.querySelector('.tl-cluster-count')?.textContent).toBe('3 events');
    expect(content.querySelector('b')).toBeNull();
  });

  it('tells cluster ids from event ids', () => {
    expect(isClusterId(cluster.id)).toBe(true);
    expect(isClusterId('band:60000')).toBe(true);
    expect(isClusterId('e12')).toBe(false);
  });
});
