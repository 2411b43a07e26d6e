import * as chrono from 'chrono-node';
import type { TaggedSpan } from './scoreTimex.ts';

const pad = (n: number | null, width = 2): string => String(n ?? 0).padStart(width, '0');

/**
 * The TimeML value of one chrono-node component, the simple way: the date at the
 * precision chrono is certain of (a weekday counts as a certain day), plus `THH:MM`
 * when the hour is certain.
 */
export function chronoValue(c: chrono.ParsedComponents): { type: 'DATE' | 'TIME'; value: string } {
  const year = pad(c.get('year'), 4);
  const month = `${year}-${pad(c.get('month'))}`;
  const day = `${month}-${pad(c.get('day'))}`;
  if (c.isCertain('hour'))
    return { type: 'TIME', value: `${day}T${pad(c.get('hour'))}:${pad(c.get('minute'))}` };
  if (c.isCertain('day') || c.isCertain('weekday')) return { type: 'DATE', value: day };
  if (c.isCertain('month')) return { type: 'DATE', value: month };
  if (c.isCertain('year')) return { type: 'DATE', value: year };
  // Nothing certain ("now", "tomorrow" are certain; this is rare): chrono's full guess.
  return { type: 'DATE', value: day };
}

/** Bare `chrono.parse(text, documentDate)` as TimeML-ish tagged spans. */
export function chronoTimexes(text: string, documentDate: string): TaggedSpan[] {
  const [y, m, d] = documentDate.split('-').map(Number) as [number, number, number];
  // Noon local time, so no time zone moves the reference to another day.
  const reference = new Date(y, m - 1, d, 12);
  return chrono.parse(text, reference).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    ...chronoValue(r.start),
  }));
}
