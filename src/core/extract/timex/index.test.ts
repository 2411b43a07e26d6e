import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTimexes } from './index.ts';
import { TimexSchema } from '../../model/index.ts';

/** `words → TYPE value [mod]` for every timex, for compact expectations. */
function read(text: string, documentDate: string): string[] {
  return extractTimexes(text, { documentDate }).map(
    (t) => `${t.span.text} → ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`,
  );
}

describe('extractTimexes', () => {
  it('reads a year-less month by the tense of its clause', () => {
    expect(read('Turnout fell sharply in November.', '2014-03-02')).toEqual([
      'November → DATE 2013-11',
    ]);
    expect(read('The new line will open in November.', '2014-03-02')).toEqual([
      'November → DATE 2014-11',
    ]);
  });

  it('puts a future "January 3" in a December article in the next year', () => {
    expect(read('The court will hear the appeal on January 3.', '2009-12-18')).toEqual([
      'January 3 → DATE 2010-01-03',
    ]);
  });

  it('reads "last month" as the whole previous month', () => {
    expect(read('Exports slowed last month.', '2016-01-12')).toEqual(['last month → DATE 2015-12']);
  });

  it('reads durations in weeks and hours with their modifiers', () => {
    expect(read('The strike lasted more than three weeks.', '2010-06-01')).toEqual([
      'more than three weeks → DURATION P3W MORE_THAN',
    ]);
    expect(read('After a six-hour debate, the motion passed.', '2010-06-01')).toEqual([
      'six-hour → DURATION PT6H',
    ]);
  });

  it('resolves weekdays against the document date by tense', () => {
    // 2013-09-12 is a Thursday.
    expect(read('The minister resigned on Tuesday.', '2013-09-12')).toEqual([
      'Tuesday → DATE 2013-09-10',
    ]);
    expect(read('Talks will resume on Monday.', '2013-09-12')).toEqual([
      'Monday → DATE 2013-09-16',
    ]);
  });

  it('dates a possessive weekday as a past day whatever the clause says', () => {
    // 2013-09-12 is a Thursday.
    expect(read("They will appeal Tuesday's ruling.", '2013-09-12')).toEqual([
      'Tuesday → DATE 2013-09-10',
    ]);
  });

  it('reads a rescheduled date as ahead even in the past tense', () => {
    expect(read('The hearing was postponed until Monday.', '2013-09-12')).toEqual([
      'Monday → DATE 2013-09-16',
    ]);
  });

  it('puts a bare clock time on the last day mentioned before it', () => {
    expect(
      read('The vote on May 3 opened at 7 a.m. and closed at 9 p.m. on time.', '2015-05-05'),
    ).toEqual([
      'May 3 → DATE 2015-05-03',
      '7 a.m. → TIME 2015-05-03T07:00',
      '9 p.m. → TIME 2015-05-03T21:00',
    ]);
  });

  it('puts a clock time with no day before it on the document date', () => {
    // The sentence's full stop is not part of the time.
    expect(read('Polls close at 8 p.m.', '2015-05-05')).toEqual(['8 p.m → TIME 2015-05-05T20:00']);
  });

  it('reads decades, seasons, quarters and sets', () => {
    expect(read('Growth in the 1980s was slow.', '2001-04-04')).toEqual(['the 1980s → DATE 198X']);
    expect(read('Sales rose in the second quarter.', '2001-08-10')).toEqual([
      'the second quarter → DATE 2001-Q2',
    ]);
    expect(read('The river flooded last summer.', '2001-04-04')).toEqual([
      'last summer → DATE 2000-SU',
    ]);
    expect(read('The council meets monthly.', '2001-04-04')).toEqual(['monthly → SET P1M']);
  });

  it('reads counted dates from the document date at the unit’s precision', () => {
    expect(read('The plant closed three years ago.', '2005-07-19')).toEqual([
      'three years ago → DATE 2002',
    ]);
    expect(read('He was arrested two days ago.', '2005-07-19')).toEqual([
      'two days ago → DATE 2005-07-17',
    ]);
  });

  it('reads "a year earlier" against the date mentioned before it', () => {
    expect(read('Profit rose in the third quarter from a year earlier.', '1999-10-20')).toEqual([
      'the third quarter → DATE 1999-Q3',
      'a year earlier → DATE 1998-Q3',
    ]);
  });

  it('merges a weekday with its date and takes the stated year', () => {
    expect(read('On Monday, Oct. 6, 2008, markets fell.', '2008-10-09')).toEqual([
      'Monday, Oct. 6, 2008 → DATE 2008-10-06',
    ]);
  });

  it('numbers timexes in text order and keeps spans on the text', () => {
    const text = 'Yesterday and today.';
    const timexes = extractTimexes(text, { documentDate: '2020-02-02' });
    expect(timexes.map((t) => t.id)).toEqual(['t1', 't2']);
    for (const t of timexes) {
      expect(text.slice(t.span.start, t.span.end)).toBe(t.span.text);
      expect(TimexSchema.safeParse(t).success).toBe(true);
    }
  });

  it('records what was stated, what it was read against, and the rule', () => {
    const [t] = extractTimexes('Elections were held on June 9.', { documentDate: '2019-07-01' });
    expect(t?.stated).toEqual({ month: 6, day: 9 });
    expect(t?.anchor).toEqual({ kind: 'document', value: '2019-07-01' });
    expect(t?.tense).toBe('past');
    expect(t?.rule).toBe('month-name-date');
  });

  it('explains its steps when tracing is on', () => {
    const lines: string[] = [];
    const original = console.debug;
    console.debug = (line: string) => void lines.push(line);
    try {
      extractTimexes('It snowed last week.', { documentDate: '2020-02-02', trace: true });
    } finally {
      console.debug = original;
    }
    expect(lines.some((l) => l.includes('last week') && l.includes('2020-W04'))).toBe(true);
  });

  it('does not mutate its input and gives the same result twice', () => {
    const text = 'It rained on March 3.';
    const a = extractTimexes(text, { documentDate: '2012-04-01' });
    const b = extractTimexes(text, { documentDate: '2012-04-01' });
    expect(a).toEqual(b);
    expect(text).toBe('It rained on March 3.');
  });
});

describe('the seed article', () => {
  const text = readFileSync(new URL('../../../app/seed/article.txt', import.meta.url), 'utf8');
  const timexes = extractTimexes(text, { documentDate: '2012-02-27' });
  const find = (words: string, nth = 0): string | undefined => {
    const t = timexes.filter((x) => x.span.text === words)[nth];
    return t ? `${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}` : undefined;
  };

  it('reads every dated expression the article has', () => {
    expect(find('last month', 0)).toBe('DATE 2012-01');
    expect(find('last month', 1)).toBe('DATE 2012-01');
    expect(find('last month', 2)).toBe('DATE 2012-01'); // "last month’s"
    expect(find('less than two weeks')).toBe('DURATION P2W LESS_THAN');
    expect(find('15 days')).toBe('DURATION P15D');
    expect(find('February 25')).toBe('DATE 2012-02-25');
    expect(find('December')).toBe('DATE 2011-12');
    expect(find('noon')).toBe('TIME 2012-02-25T12:00');
    expect(find('two-hour')).toBe('DURATION PT2H');
    expect(find('this year')).toBe('DATE 2012');
    expect(find('January')).toBe('DATE 2012-01');
    expect(find('March 24')).toBe('DATE 2012-03-24');
    expect(find('weekly')).toBe('SET P1W');
  });

  it('anchors the noon rally to the day of the protest', () => {
    const noon = timexes.find((t) => t.span.text === 'noon');
    const day = timexes.find((t) => t.span.text === 'February 25');
    expect(noon?.anchor).toEqual({ kind: 'timex', timexId: day?.id, value: '2012-02-25' });
  });
});

describe('robustness', () => {
  it('finishes adversarial text in linear time', () => {
    const pieces = [
      '1234567890'.repeat(50),
      'March March May June 12 12 12 ',
      'two two two weeks weeks ago ago ',
      'Monday, Monday, Tuesday at noon noon 3 p.m. ',
      'the the past past few few years years ',
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ',
      '1999 2000 2001-02-03 4/5/2006 ',
    ];
    let text = '';
    let i = 0;
    while (text.length < 5_000_000) text += pieces[i++ % pieces.length]!;
    const started = performance.now();
    const timexes = extractTimexes(text, { documentDate: '2012-02-27' });
    const seconds = (performance.now() - started) / 1000;
    expect(timexes.length).toBeGreaterThan(0);
    expect(seconds).toBeLessThan(20);
  }, 60_000);

  it('copes with hundreds of thousands of expressions in one text', () => {
    const timexes = extractTimexes('two weeks '.repeat(200_000), { documentDate: '2012-02-27' });
    expect(timexes).toHaveLength(200_000);
    expect(timexes[199_999]?.id).toBe('t200000');
  }, 60_000);

  it('gives nothing for text without time', () => {
    expect(extractTimexes('', { documentDate: '2012-02-27' })).toEqual([]);
    expect(extractTimexes('The cat sat on the mat.', { documentDate: '2012-02-27' })).toEqual([]);
  });

  it('throws a clear error for a document date that is not a day', () => {
    expect(() => extractTimexes('today', { documentDate: '2012-02-30' })).toThrow(/document date/);
  });
});
