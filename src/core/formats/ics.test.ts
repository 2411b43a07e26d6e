import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toICalendar } from './ics.ts';
import {
  APPROXIMATE_SPAN_EVENT,
  DAY_EVENT,
  FIXTURE_ARTICLE,
  FIXTURE_EVENTS,
  MONTH_EVENT,
  PLANNED_EVENT,
  TIME_SPAN_EVENT,
} from './testFixtures.ts';
import type { TimelineEvent } from '../model/index.ts';

const now = new Date(Date.UTC(2026, 10, 25, 16, 30, 5));
const ics = toICalendar({ article: FIXTURE_ARTICLE, events: FIXTURE_EVENTS }, { now });

/** Content lines with folding undone (RFC 5545 §3.1). */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

/** The properties of the VEVENT whose SUMMARY matches, by name (parameters kept). */
function veventOf(event: TimelineEvent, text = ics): Map<string, string> {
  const lines = unfold(text);
  const blocks: string[][] = [];
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') blocks.push([]);
    else if (line !== 'END:VEVENT') blocks.at(-1)?.push(line);
  }
  const block = blocks.find((b) => b.includes(`SUMMARY:${escapeText(event.title)}`)) ?? [];
  return new Map(
    block.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon), line.slice(colon + 1)];
    }),
  );
}

describe('toICalendar', () => {
  it('is one VCALENDAR with a VEVENT per event, CRLF line ends and a final CRLF', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(FIXTURE_EVENTS.length);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('makes a day an all-day event ending (exclusively) the next day', () => {
    const v = veventOf(DAY_EVENT);
    expect(v.get('DTSTART;VALUE=DATE')).toBe('20120225');
    expect(v.get('DTEND;VALUE=DATE')).toBe('20120226');
  });

  it('makes a month-only event span the whole month', () => {
    const v = veventOf(MONTH_EVENT);
    expect(v.get('DTSTART;VALUE=DATE')).toBe('20111201');
    expect(v.get('DTEND;VALUE=DATE')).toBe('20120101');
  });

  it('makes a year-only event span the year', () => {
    const event = {
      ...MONTH_EVENT,
      date: {
        ...MONTH_EVENT.date,
        start: { value: '2011', precision: 'year' as const, approximate: false },
      },
    };
    const v = veventOf(event, toICalendar({ article: FIXTURE_ARTICLE, events: [event] }, { now }));
    expect(v.get('DTSTART;VALUE=DATE')).toBe('20110101');
    expect(v.get('DTEND;VALUE=DATE')).toBe('20120101');
  });

  it('runs a day span through its last day', () => {
    const v = veventOf(APPROXIMATE_SPAN_EVENT);
    expect(v.get('DTSTART;VALUE=DATE')).toBe('20120225');
    expect(v.get('DTEND;VALUE=DATE')).toBe('20120311');
  });

  it('writes clock times as floating local date-times', () => {
    const v = veventOf(TIME_SPAN_EVENT);
    expect(v.get('DTSTART')).toBe('20120225T120000');
    expect(v.get('DTEND')).toBe('20120225T140000');
  });

  it('leaves out an end that comes before a clock-time start, rather than write an invalid event', () => {
    const backwards = {
      ...TIME_SPAN_EVENT,
      date: {
        ...TIME_SPAN_EVENT.date,
        end: { value: '2012-02-25T09:00', precision: 'minute' as const, approximate: false },
      },
    };
    const v = veventOf(
      backwards,
      toICalendar({ article: FIXTURE_ARTICLE, events: [backwards] }, { now }),
    );
    expect(v.get('DTSTART')).toBe('20120225T120000');
    expect(v.has('DTEND')).toBe(false);
  });

  it('ends a clock-time start with a day end at the close of that day', () => {
    const mixed = {
      ...TIME_SPAN_EVENT,
      date: {
        ...TIME_SPAN_EVENT.date,
        end: { value: '2012-02-26', precision: 'day' as const, approximate: false },
      },
    };
    const v = veventOf(mixed, toICalendar({ article: FIXTURE_ARTICLE, events: [mixed] }, { now }));
    expect(v.get('DTEND')).toBe('20120227T000000');
  });

  it('marks planned events tentative and only those', () => {
    expect(veventOf(PLANNED_EVENT).get('STATUS')).toBe('TENTATIVE');
    expect(veventOf(DAY_EVENT).has('STATUS')).toBe(false);
  });

  it('describes the event by its date in words, the quote and the explanation', () => {
    expect(veventOf(MONTH_EVENT).get('DESCRIPTION')).toBe(
      'December 2011\\n\\n“Unrest in Zhanaozen in December 2011 left 16 dead.”\\n\\n' +
        '“December 2011” read against the publication date.',
    );
  });

  it('escapes semicolons, commas and backslashes in text', () => {
    expect(veventOf(PLANNED_EVENT).get('DESCRIPTION')).toContain('crowds\\;”');
    expect(veventOf(TIME_SPAN_EVENT).get('SUMMARY')).toBe('Detentions\\, noon to 2 p.m.');
  });

  it('gives each event a UID from its id that is the same on every export', () => {
    const again = toICalendar(
      { article: FIXTURE_ARTICLE, events: [DAY_EVENT] },
      { now: new Date(Date.UTC(2030, 0, 1)) },
    );
    expect(veventOf(DAY_EVENT).get('UID')).toBe(veventOf(DAY_EVENT, again).get('UID'));
    const uids = FIXTURE_EVENTS.map((e) => veventOf(e).get('UID'));
    expect(new Set(uids).size).toBe(FIXTURE_EVENTS.length);
  });

  it('stamps events with the export time in UTC', () => {
    expect(veventOf(DAY_EVENT).get('DTSTAMP')).toBe('20261125T163005Z');
  });

  it('keeps every line within 75 octets', () => {
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('drops control characters TEXT may not hold but keeps tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td')).toBe('abc\td');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });

  it('folds longer lines into 75-octet lines, continuations starting with a space', () => {
    const folded = foldLine('x'.repeat(200)).split('\r\n');
    // 200 = 75 + 74 + 51: each continuation carries 74 characters after its space.
    expect(folded.map((l) => l.length)).toEqual([75, 75, 52]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });

  it('counts UTF-8 octets and never splits a character', () => {
    const line = `SUMMARY:${'Алматы — 抗议 🎉 '.repeat(10)}`;
    const parts = foldLine(line).split('\r\n');
    const encoder = new TextEncoder();
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const part of parts) {
      const bytes = encoder.encode(part);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(decoder.decode(bytes)).toBe(part);
      expect(part).not.toMatch(/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/);
    }
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(parts.length).toBeGreaterThan(3);
  });
});
