import { describe, expect, it } from 'vitest';
import { extractTimexes } from './index.ts';

/** Each expression as "words=value (anchor)". */
function read(text: string, documentDate = '2024-06-20'): string[] {
  return extractTimexes(text, { documentDate }).map(
    (t) =>
      `${t.span.text}=${t.value} (${t.anchor.kind === 'timex' ? `after ${t.anchor.value}` : t.anchor.kind})`,
  );
}

describe('readQuotedDays', () => {
  it('reads "today" in a quotation as the day it was said', () => {
    expect(read('“We will vote today,” the minister said on Monday.')).toEqual([
      'today=2024-06-17 (after 2024-06-17)',
      'Monday=2024-06-17 (document)',
    ]);
  });

  it('counts "yesterday" and "tomorrow" from the day of saying, before or after the quotation', () => {
    expect(
      read('The minister said on Monday: "Today is a dark day. Yesterday we lost a friend."'),
    ).toEqual([
      'Monday=2024-06-17 (document)',
      'Today=2024-06-17 (after 2024-06-17)',
      'Yesterday=2024-06-16 (after 2024-06-17)',
    ]);
    expect(read('On Monday, the minister said: "We will vote tomorrow."')).toContain(
      'tomorrow=2024-06-18 (after 2024-06-17)',
    );
  });

  it('keeps the part of the day: "this morning" said on Tuesday', () => {
    expect(read('"This morning the troops left," the general told reporters on Tuesday.')[0]).toBe(
      'This morning=2024-06-18TMO (after 2024-06-18)',
    );
  });

  it('keeps the publication date for "today" in the reporter’s own words', () => {
    expect(read('Shares fell 3 percent today, the exchange said on Monday.')[0]).toBe(
      'today=2024-06-20 (document)',
    );
  });

  it('keeps the publication date when the saying has no date of its own', () => {
    expect(read('"We will vote today," the minister said.')).toEqual([
      'today=2024-06-20 (document)',
    ]);
  });

  it('does not take a date inside another quotation as the day of saying', () => {
    expect(read('"Today we rest," she said. "On Monday we march."')[0]).toBe(
      'Today=2024-06-20 (document)',
    );
  });
});
