import { addDays, format, startOfDay } from 'date-fns';
import { describeEventDate } from '../calendar/describeDate.ts';
import { eventInterval } from '../calendar/interval.ts';
import type { DatePoint, TimelineEvent } from '../model/index.ts';
import { eventQuotes, toExportSource, type ExportInput } from './exportInput.ts';

export interface ICalendarOptions {
  /** The moment the file is made, for DTSTAMP; pass it to get the same bytes twice. */
  now?: Date;
}

/**
 * An iCalendar (RFC 5545) file with one VEVENT per event. Dates without a clock time are
 * all-day events (`DTSTART;VALUE=DATE`, `DTEND` exclusive, so "February 2012" spans the
 * month); clock times are floating local times, as the story gives them. Lines end in
 * CRLF and are folded at 75 octets.
 *
 * @example toICalendar({ article, events }, { now }).split('\r\n')[0] // 'BEGIN:VCALENDAR'
 */
export function toICalendar(input: ExportInput, options: ICalendarOptions = {}): string {
  const source = toExportSource(input);
  const stamp = utcStamp(options.now ?? new Date());
  const url = source.articles.length === 1 ? source.articles[0]?.sourceUrl : undefined;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Datelines//Datelines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(source.title)}`,
    ...source.events.flatMap((event) => vevent(event, source.id, stamp, url)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function vevent(event: TimelineEvent, sourceId: string, stamp: string, url?: string): string[] {
  const description = [
    describeEventDate(event.date),
    ...eventQuotes(event).map((q) => `“${q}”`),
    event.date.derivation.explanation,
  ].join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:${uid(sourceId, event.id)}`,
    `DTSTAMP:${stamp}`,
    ...eventTimes(event),
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(event.status === 'planned' ? ['STATUS:TENTATIVE'] : []),
    // URI values are not TEXT: no escaping, but they must be one clean line.
    ...(url && /^https?:\/\/[^\s]+$/i.test(url) ? [`URL:${url}`] : []),
    'END:VEVENT',
  ];
}

/** DTSTART and DTEND: all-day dates unless the event starts at a clock time. */
function eventTimes(event: TimelineEvent): string[] {
  const { start, end } = event.date;
  if (hasClockTime(start)) {
    const lines = [`DTSTART:${floatingTime(start.value)}`];
    if (end && hasClockTime(end)) {
      // Same-format values compare as strings; an end before the start is left out.
      if (end.value > start.value) lines.push(`DTEND:${floatingTime(end.value)}`);
    } else if (end) {
      lines.push(`DTEND:${format(eventInterval(event.date).end, "yyyyMMdd'T'HHmmss")}`);
    }
    // A lone clock time is a moment: RFC 5545 reads no DTEND as ending when it starts.
    return lines;
  }
  const interval = eventInterval(event.date);
  // An all-day event ends at the start of a day; a clock-time end rounds up to the next.
  const dayEnd = startOfDay(interval.end);
  const exclusiveEnd = dayEnd < interval.end ? addDays(dayEnd, 1) : dayEnd;
  const endDay = exclusiveEnd > interval.start ? exclusiveEnd : addDays(interval.start, 1);
  return [
    `DTSTART;VALUE=DATE:${format(interval.start, 'yyyyMMdd')}`,
    `DTEND;VALUE=DATE:${format(endDay, 'yyyyMMdd')}`,
  ];
}

function hasClockTime(point: DatePoint): boolean {
  return point.precision === 'minute' && point.value.length === 16;
}

/** `2012-02-25T12:00` → `20120225T120000`, straight from the text so no time zone moves it. */
function floatingTime(value: string): string {
  return `${value.slice(0, 10).replace(/-/g, '')}T${value.slice(11, 13)}${value.slice(14, 16)}00`;
}

function utcStamp(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** Same event, same UID, on every export, so calendars update instead of duplicating. */
function uid(sourceId: string, eventId: string): string {
  const safe = (s: string) => encodeURIComponent(s).replace(/%/g, '');
  return `${safe(eventId)}.${safe(sourceId)}@datelines`;
}

/**
 * RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks; other control
 * characters are not allowed in TEXT and are dropped.
 *
 * @example escapeText('Rally; 3,000 people\nin Almaty') // 'Rally\\; 3\\,000 people\\nin Almaty'
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[\\;,]/g, (ch) => `\\${ch}`)
      .replace(/\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

const encoder = new TextEncoder();

/**
 * Folds a content line into lines of at most 75 octets (UTF-8), each continuation
 * starting with a space, never splitting a character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line has 75 octets to fill; continuations have 74 after their leading space.
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
