import { describe, expect, it } from 'vitest';
import { extractTimexes, readTimexes } from './index.ts';
import {
  type Reference,
  decideMode,
  storyYear,
  tellsStoryTime,
  yearGivenBy,
  yearOfDay,
  yearOfPeriod,
  type StoryPoint,
} from './reference.ts';
import type { Candidate } from './types.ts';

/** Each expression's words and value, read with the given publication date. */
function read(text: string, documentDate: string): string[] {
  return extractTimexes(text, { documentDate }).map((t) => `${t.span.text}=${t.value}`);
}

const year = (y: number): Candidate => ({
  start: 0,
  end: 4,
  type: 'DATE',
  meaning: { kind: 'calendar', year: y },
  rule: 'year',
});

describe('decideMode', () => {
  it('reads a text naming mostly years long past, and nothing counted from today, as a narrative', () => {
    const { mode } = decideMode(
      [year(1861), year(1862), year(1863), year(1865)],
      new Date(2020, 0, 1),
    );
    expect(mode).toBe('narrative');
  });

  it('reads a text naming this year and last as news', () => {
    const { mode } = decideMode([year(2019), year(2020), year(1998)], new Date(2020, 5, 1));
    expect(mode).toBe('news');
  });

  it('keeps a history piece full of "yesterday" and "last week" as news', () => {
    const deictic: Candidate = {
      start: 0,
      end: 9,
      type: 'DATE',
      meaning: { kind: 'relative', unit: 'week', offset: -1, from: 'document' },
      rule: 'relative-unit',
    };
    const { mode } = decideMode(
      [year(1950), year(1951), year(1953), deictic, deictic],
      new Date(2020, 5, 1),
    );
    expect(mode).toBe('news');
  });
});

describe('storyYear', () => {
  const story = (from: Date, to: Date): StoryPoint => ({
    id: 't1',
    value: 'x',
    start: 0,
    end: 1,
    from,
    to,
  });
  const month = (m: number) => (y: number) => ({
    start: new Date(y, m - 1, 1),
    end: new Date(y, m, 1),
  });

  it('moves into the next year when the month named comes soon after the story date', () => {
    expect(storyYear(story(new Date(1917, 11, 20), new Date(1917, 11, 21)), month(1))).toBe(1918);
  });

  it('stays in the same year for a month a little before the story date', () => {
    expect(storyYear(story(new Date(1917, 5, 1), new Date(1917, 6, 1)), month(4))).toBe(1917);
  });

  it('puts any month inside a story that has reached only a year', () => {
    expect(storyYear(story(new Date(1917, 0, 1), new Date(1918, 0, 1)), month(11))).toBe(1917);
  });
});

describe('tellsStoryTime', () => {
  it('takes "in 1989" as a time the story is at', () => {
    const text = 'In 1989 the wall fell.';
    expect(tellsStoryTime(text, 3, 7)).toBe(true);
  });

  it('does not take the start of a span, "since 1980", as the story time', () => {
    const text = 'Profits have grown since 1980.';
    expect(tellsStoryTime(text, 25, 29)).toBe(false);
  });

  it('does not take a date naming a thing, "her 1972 Volvo", as the story time', () => {
    const text = 'Police found her 1972 Volvo.';
    expect(tellsStoryTime(text, 17, 21)).toBe(false);
  });
});

describe('the reference a date is read against', () => {
  it('reads year-less dates of a history against the year the story has reached', () => {
    const text =
      'The war began in 1853. The siege began in 1854. In October the allies bombarded the port. ' +
      'On November 5 the garrison attacked. Two days later the storm came. ' +
      'In January the armies rested in their camps.\n\n' +
      'By the spring of 1855 fresh troops had landed. In June the assault failed.';
    expect(read(text, '2019-08-02')).toEqual([
      '1853=1853',
      '1854=1854',
      'October=1854-10',
      'November 5=1854-11-05',
      'Two days later=1854-11-07',
      'January=1855-01',
      'the spring of 1855=1855-SP',
      'June=1855-06',
    ]);
  });

  it('reads "the end of the year" in a narrative as the end of the story’s year', () => {
    const text =
      'The railway opened in 1869. In 1871 the line reached the coast. ' +
      'In 1873 a bank failed. By the end of the year the company was bankrupt.';
    const values = read(text, '2015-03-01');
    expect(values.at(-1)).toMatch(/=1873$/);
  });

  it('reads a news story by the publication date, by tense', () => {
    const text = 'The council met on Tuesday. It will vote in March on the budget.';
    expect(read(text, '2021-11-18')).toEqual(['Tuesday=2021-11-16', 'March=2022-03']);
  });

  it('reads a backgrounder paragraph of a news story against the past year it opens', () => {
    const text =
      'The mayor said on Monday that the bridge will close in June.\n\n' +
      'The bridge was built in 1964. In May the first cars crossed it.\n\n' +
      'Repairs start in April, the mayor said.';
    expect(read(text, '2023-02-07')).toEqual([
      'Monday=2023-02-06',
      'June=2023-06',
      '1964=1964',
      'May=1964-05',
      'April=2023-04',
    ]);
  });

  it('keeps news words said in the present by the publication date after a past year', () => {
    const text = 'The club was founded in 1921. In March it opens a new stadium.';
    expect(read(text, '2024-01-15').at(-1)).toBe('March=2024-03');
  });

  it('does not carry the year of "since 1995" to a later month in news', () => {
    const text = 'The firm has grown every year since 1995. In September it bought a rival.';
    expect(read(text, '2010-11-20').at(-1)).toBe('September=2010-09');
  });

  it('records the story date a year-less date was read against as its anchor', () => {
    const [first, second] = extractTimexes(
      'Work on the canal began in 1793. It was finished in July, and the river was shut in 1794 and in 1795. In 1796 boats came.',
      { documentDate: '2020-01-01' },
    );
    expect(first?.value).toBe('1793');
    expect(second?.anchor).toEqual({ kind: 'timex', timexId: first?.id, value: '1793' });
  });
});

describe('the year of a year-less date', () => {
  const news: Reference = { kind: 'document', rule: 'news' };
  const published = new Date(2012, 1, 27);
  const story: StoryPoint = {
    id: 't1',
    value: '1941-12-07',
    start: 0,
    end: 16,
    from: new Date(1941, 11, 7),
    to: new Date(1941, 11, 8),
  };
  const narrative: Reference = { kind: 'story', rule: 'narrative', story };

  it('reads a day in news by tense around the publication date', () => {
    expect(yearOfDay(news, published, 'past', { month: 6, day: 3 })).toBe(2011);
    expect(yearOfDay(news, published, 'future', { month: 6, day: 3 })).toBe(2012);
  });

  it('reads a day in a narrative nearest the date the story has reached', () => {
    expect(yearOfDay(narrative, published, 'past', { month: 12, day: 11 })).toBe(1941);
    expect(yearOfDay(narrative, published, 'past', { month: 1, day: 2 })).toBe(1942);
  });

  it('reads a month against the story, unless "last" or "next" picks one from it', () => {
    expect(yearOfPeriod(narrative, published, 'past', { startMonth: 2, months: 1 })).toBe(1942);
    expect(
      yearOfPeriod(narrative, published, 'past', { startMonth: 2, months: 1, which: 'last' }),
    ).toBe(1941);
    expect(yearOfPeriod(news, published, 'past', { startMonth: 5, months: 1 })).toBe(2011);
  });

  it('takes the year another date gives: "next year", "that summer", not a decade', () => {
    expect(yearGivenBy({ kind: 'calendar', yearOffset: 1 }, published, 'future', undefined)).toBe(
      2013,
    );
    const thatYear = { kind: 'calendar', yearOfPrevious: true, season: 'SU' } as const;
    expect(yearGivenBy(thatYear, published, 'past', '2009-06-01')).toBe(2009);
    expect(yearGivenBy(thatYear, published, 'past', 'BC0480')).toBe(-480);
    expect(yearGivenBy(thatYear, published, 'past', '199')).toBeUndefined();
  });
});

describe('carryReference', () => {
  const carried = (text: string) =>
    readTimexes(text, { documentDate: '2012-02-27' }).carry.reference.endsWithLineBreak;

  it('carries that a text ends with a line break, blanks after it or not', () => {
    expect(carried('Talks began on May 2.\n')).toBe(true);
    expect(carried('Talks began on May 2.\n \t ')).toBe(true);
    expect(carried('\n')).toBe(true);
  });

  it('carries that it does not when words or no line break end it', () => {
    expect(carried('Talks began on May 2.')).toBe(false);
    expect(carried('Talks began\non May 2.')).toBe(false);
    expect(carried('Talks began on May 2.\n x')).toBe(false);
    expect(carried('')).toBe(false);
    expect(carried('  ')).toBe(false);
  });
});
