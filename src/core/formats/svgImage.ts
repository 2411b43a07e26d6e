import {
  addDays,
  addHours,
  addMonths,
  addYears,
  format,
  startOfDay,
  startOfHour,
  startOfMonth,
  startOfYear,
} from 'date-fns';
import { describeEventDate } from '../calendar/describeDate.ts';
import { eventInterval } from '../calendar/interval.ts';
import type { EventStatus, TimelineEvent } from '../model/index.ts';
import { escapeHtml } from './html.ts';

export interface SvgImageOptions {
  title: string;
  /** In date order. */
  events: readonly TimelineEvent[];
  /** The stretch of time shown, as the timeline's current view has it. */
  window: { start: Date; end: Date };
  /** Width in pixels; the height follows from the rows the events need. */
  width?: number;
}

export interface SvgImage {
  svg: string;
  width: number;
  height: number;
}

const COLORS: Record<EventStatus, { fill: string; stroke: string }> = {
  happened: { fill: '#e4eef8', stroke: '#0a4f8f' },
  ongoing: { fill: '#e4eef8', stroke: '#0a4f8f' },
  planned: { fill: '#fff2df', stroke: '#8a4600' },
};
const MARGIN = 24;
const TOP = 92;
const ROW = 34;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';
/** A rough average glyph width at 14px, to keep labels from overlapping. */
const CHAR = 7.4;

/**
 * A picture of a timeline view as SVG: the title, an axis over the window, and every
 * event that shows in it as a bar (spans) or a dot (single days) with its title, stacked
 * so labels do not overlap. All text is escaped; nothing from the events becomes markup.
 *
 * @example toSvgImage({ title, events, window }).svg.startsWith('<svg') // true
 */
export function toSvgImage(options: SvgImageOptions): SvgImage {
  const width = options.width ?? 1200;
  const { start, end } = options.window;
  const span = Math.max(1, end.getTime() - start.getTime());
  const x = (date: Date) =>
    MARGIN + ((date.getTime() - start.getTime()) / span) * (width - 2 * MARGIN);

  const rowsEnd: number[] = [];
  const items: string[] = [];
  for (const event of options.events) {
    const interval = eventInterval(event.date);
    if (interval.end <= start || interval.start >= end) continue;
    const left = Math.max(MARGIN, x(interval.start));
    const right = Math.min(width - MARGIN, x(interval.end));
    const barWidth = interval.isPoint ? 0 : Math.max(4, right - left);
    const label = event.title.length > 60 ? `${event.title.slice(0, 59)}…` : event.title;
    const extent = left + Math.max(barWidth, 14 + label.length * CHAR) + 12;
    let row = rowsEnd.findIndex((taken) => taken <= left);
    if (row === -1) row = rowsEnd.push(0) - 1;
    rowsEnd[row] = extent;
    const y = TOP + 24 + row * ROW;
    const colors = COLORS[event.status];
    const dash = event.status === 'planned' ? ' stroke-dasharray="5 3"' : '';
    const title = `<title>${escapeHtml(`${event.title}, ${describeEventDate(event.date)}`)}</title>`;
    const mark = interval.isPoint
      ? `<circle cx="${n(left)}" cy="${y}" r="6" fill="${colors.stroke}"/>`
      : `<rect x="${n(left)}" y="${y - 11}" width="${n(barWidth)}" height="22" rx="4" fill="${colors.fill}" stroke="${colors.stroke}"${dash}/>`;
    const textX = interval.isPoint ? left + 12 : left + 6;
    items.push(
      `<g>${title}${mark}<text x="${n(textX)}" y="${y + 5}" font-size="14" fill="#1b1f24">${escapeHtml(label)}</text></g>`,
    );
  }
  const height = TOP + 24 + Math.max(1, rowsEnd.length) * ROW + MARGIN;
  const ticks = axisTicks(start, end).map((tick) => {
    const tx = n(x(tick.date));
    return (
      `<line x1="${tx}" y1="${TOP - 6}" x2="${tx}" y2="${height - MARGIN}" stroke="#e4e0d8"/>` +
      `<text x="${tx}" y="${TOP - 12}" font-size="13" fill="#4a525c" text-anchor="middle">${escapeHtml(tick.label)}</text>`
    );
  });
  const range = `${format(start, 'd MMMM yyyy')} – ${format(end, 'd MMMM yyyy')}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="${MARGIN}" y="36" font-size="22" font-weight="700" fill="#1b1f24">${escapeHtml(options.title)}</text>` +
    `<text x="${MARGIN}" y="58" font-size="13" fill="#4a525c">${escapeHtml(range)} · Datelines</text>` +
    ticks.join('') +
    `<line x1="${MARGIN}" y1="${TOP}" x2="${width - MARGIN}" y2="${TOP}" stroke="#8a8478"/>` +
    items.join('') +
    `</svg>`;
  return { svg, width, height };
}

const n = (value: number) => String(Math.round(value * 10) / 10);

interface Tick {
  date: Date;
  label: string;
}

/** Steps an axis can take, finest first, each with where it starts and how it is labelled. */
const STEPS: Array<{
  ms: number;
  floor: (d: Date) => Date;
  next: (d: Date) => Date;
  label: string;
}> = [
  { ms: 3600e3, floor: startOfHour, next: (d) => addHours(d, 1), label: 'HH:mm' },
  { ms: 6 * 3600e3, floor: startOfDay, next: (d) => addHours(d, 6), label: 'd MMM HH:mm' },
  { ms: 864e5, floor: startOfDay, next: (d) => addDays(d, 1), label: 'd MMM' },
  { ms: 7 * 864e5, floor: startOfDay, next: (d) => addDays(d, 7), label: 'd MMM' },
  { ms: 30 * 864e5, floor: startOfMonth, next: (d) => addMonths(d, 1), label: 'MMM yyyy' },
  { ms: 91 * 864e5, floor: startOfMonth, next: (d) => addMonths(d, 3), label: 'MMM yyyy' },
  { ms: 365 * 864e5, floor: startOfYear, next: (d) => addYears(d, 1), label: 'yyyy' },
  { ms: 5 * 365 * 864e5, floor: startOfYear, next: (d) => addYears(d, 5), label: 'yyyy' },
  { ms: 10 * 365 * 864e5, floor: startOfYear, next: (d) => addYears(d, 10), label: 'yyyy' },
  { ms: 50 * 365 * 864e5, floor: startOfYear, next: (d) => addYears(d, 50), label: 'yyyy' },
];

function axisTicks(start: Date, end: Date): Tick[] {
  const span = end.getTime() - start.getTime();
  const step = STEPS.find((s) => span / s.ms <= 12) ?? STEPS[STEPS.length - 1];
  if (!step) return [];
  const ticks: Tick[] = [];
  for (let d = step.floor(start); d <= end && ticks.length < 40; d = step.next(d)) {
    if (d >= start) ticks.push({ date: d, label: format(d, step.label) });
  }
  return ticks;
}
