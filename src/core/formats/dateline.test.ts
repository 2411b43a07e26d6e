import { describe, expect, it } from 'vitest';
import { findPublicationDate } from './dateline.ts';

const today = '2026-12-01';
const find = (text: string) => findPublicationDate(text, { today });

describe('findPublicationDate', () => {
  it('reads a wire dateline with its year', () => {
    expect(find('ALMATY, Feb. 27, 2012 (Reuters) – Police detained ...')).toEqual({
      date: '2012-02-27',
      phrase: 'ALMATY, Feb. 27, 2012 (Reuters) –',
      kind: 'dateline',
      yearFrom: 'phrase',
    });
  });

  it('takes the year of a dateline without one from the latest year the text names', () => {
    const text =
      'ALMATY, Feb. 27 (Reuters) – Opposition leaders were jailed.\nThe 2011 unrest and the January 2012 elections ...';
    expect(find(text)).toMatchObject({ date: '2012-02-27', kind: 'dateline', yearFrom: 'text' });
  });

  it('puts a yearless dateline in the past when the text names no year', () => {
    expect(find('LONDON, 27 December (AP) - Markets fell.')).toMatchObject({
      date: '2025-12-27',
      yearFrom: 'today',
    });
    expect(find('LONDON, 27 November (AP) - Markets fell.')?.date).toBe('2026-11-27');
  });

  it('reads datelines with a region, a day first and other dashes', () => {
    expect(find('SPRINGFIELD, Ill., March 3, 2019 — The council voted ...')?.date).toBe(
      '2019-03-03',
    );
    expect(find('NEW DELHI, 5 Sept 2020 (PTI) - Rains ...')?.date).toBe('2020-09-05');
  });

  it('does not take a dateline without a date', () => {
    expect(find('NEW YORK (Reuters) - Stocks rose on Tuesday.')).toBeNull();
  });

  it('reads "Published" lines in several shapes', () => {
    expect(find('By Jane Doe\nPublished 27 February 2012\nText.')).toMatchObject({
      date: '2012-02-27',
      phrase: 'Published 27 February 2012',
      kind: 'published-line',
    });
    expect(find('Published: Monday, March 5, 2018 at 10:00')?.date).toBe('2018-03-05');
    expect(find('Posted on 2021-06-30 by admin')?.date).toBe('2021-06-30');
  });

  it('prefers the published date to an updated one', () => {
    expect(find('Updated 3 March 2012. Published 27 February 2012.')?.date).toBe('2012-02-27');
    expect(find('Last updated: Jan. 4, 2013\nThe story ...')?.date).toBe('2013-01-04');
  });

  it('finds a "Published" note at the end of a long text', () => {
    const body = 'Nothing dated here. '.repeat(500);
    expect(find(`${body}\nPublished 1 May 2015`)?.date).toBe('2015-05-01');
  });

  it('reads a line holding only a date near the top', () => {
    expect(find('Town hall votes\nFebruary 27, 2012\nThe council ...')).toMatchObject({
      date: '2012-02-27',
      kind: 'date-line',
    });
    expect(find('Title\nMon 5 March 2018, 14:05 GMT\nText')?.date).toBe('2018-03-05');
  });

  it('does not take a date from an ordinary sentence', () => {
    expect(find('The rally on February 25, 2012 drew 400 people.')).toBeNull();
  });

  it('refuses a day that does not exist', () => {
    expect(find('Published 31 February 2012')).toBeNull();
  });

  it('does not mutate or crash on empty input', () => {
    expect(find('')).toBeNull();
  });
});
