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

  it('keeps the seconds of a clock time on the day named after it', () => {
    expect(read('The quake struck at 10:32:15 GMT on Friday.', '2013-03-22')).toEqual([
      '10:32:15 GMT → TIME 2013-03-22T10:32:15',
      'Friday → DATE 2013-03-22',
    ]);
  });

  it('reads decades, seasons, quarters and sets', () => {
    expect(read('Growth in the 1980s was slow.', '2001-04-04')).toEqual(['the 1980s → DATE 198']);
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

  it('reads "the quarter" and "the latest period" as the quarter the report is about', () => {
    expect(
      read(
        'Apple said profit in its fiscal third quarter fell. Revenue in the quarter rose from ' +
          'the same period last year. iPhone sales rose from a year earlier.',
        '2013-07-24',
      ),
    ).toEqual([
      'fiscal third quarter → DATE 2013-Q3',
      'the quarter → DATE 2013-Q3',
      'the same period last year → DATE 2012-Q3',
      'a year earlier → DATE 2012-Q3',
    ]);
    expect(
      read(
        'Ralston reported lower fourth-quarter earnings. Sales in the latest period rose.',
        '1989-11-02',
      ),
    ).toEqual(['fourth-quarter → DATE 1989-Q4', 'the latest period → DATE 1989-Q4']);
  });

  it('dates a fiscal quarter by the day it ended', () => {
    expect(
      read('Revenue for the fiscal fourth quarter ended June 30 rose 10%.', '2013-07-18'),
    ).toEqual(['the fiscal fourth quarter → DATE 2013-Q4', 'June 30 → DATE 2013-06-30']);
  });

  it('reads "the latest quarter" as the latest reported, past a look back', () => {
    expect(
      read(
        'Revenue in the third quarter jumped. In the second quarter, it had risen 53%. ' +
          'Mobile made up half of revenue in the latest quarter.',
        '2013-10-30',
      ),
    ).toEqual([
      'the third quarter → DATE 2013-Q3',
      'the second quarter → DATE 2013-Q2',
      'the latest quarter → DATE 2013-Q3',
    ]);
  });

  it('does not take "the previous quarter" for the period a year-ago one compares', () => {
    expect(
      read(
        'Revenue in the third quarter rose from the previous quarter and from the prior-year quarter.',
        '2013-10-30',
      ),
    ).toEqual([
      'the third quarter → DATE 2013-Q3',
      'the previous quarter → DATE 2013-Q2',
      'the prior-year quarter → DATE 2012-Q3',
    ]);
  });

  it('does not take a quarter spoken of ahead as the latest one reported', () => {
    expect(
      read(
        'The sale will result in a fourth-quarter charge. Earnings fell in the latest quarter.',
        '1989-11-02',
      ),
    ).toEqual(['fourth-quarter → DATE 1989-Q4', 'the latest quarter → DATE 1989-Q3']);
  });

  it('reads "the quarter ended ..." after a fiscal quarter as that fiscal quarter', () => {
    expect(
      read(
        'Sun earned $5 million in the fiscal first quarter. Sales for the quarter ended Sept. 29 ' +
          'rose from a year earlier. In the 1988 period, it earned $20 million.',
        '1989-10-26',
      ),
    ).toEqual([
      'the fiscal first quarter → DATE 1989-Q1',
      'the quarter → DATE 1989-Q1',
      'Sept. 29 → DATE 1989-09-29',
      'a year earlier → DATE 1988-Q1',
      'the 1988 period → DATE 1988-Q1',
    ]);
  });

  it('compares "a year earlier" after the last day of a quarter with the quarter', () => {
    expect(
      read('Net rose in the third quarter ended Sept. 30 from a year earlier.', '2012-10-20'),
    ).toEqual([
      'the third quarter → DATE 2012-Q3',
      'Sept. 30 → DATE 2012-09-30',
      'a year earlier → DATE 2011-Q3',
    ]);
  });

  it('compares a span of months a year back by its year alone', () => {
    expect(
      read(
        'Net rose in the third quarter. For the first nine months, net rose from a year earlier.',
        '1989-10-26',
      ),
    ).toEqual([
      'the third quarter → DATE 1989-Q3',
      'the first nine months → DURATION P9M',
      'a year earlier → DATE 1988',
    ]);
  });

  it('counts story time from the date told before', () => {
    expect(
      read('The company was founded in 1998. A decade later, it went public.', '2013-05-10'),
    ).toEqual(['1998 → DATE 1998', 'A decade later → DATE 2008']);
    expect(
      read(
        'Sales boomed in the mid-1990s. By the end of the decade, it had 300 stores.',
        '2013-05-10',
      ),
    ).toEqual(['the mid-1990s → DATE 199 MID', 'the end of the decade → DATE 199 END']);
    expect(read('The law passed in 2009. That summer, protests began.', '2013-05-10')).toEqual([
      '2009 → DATE 2009',
      'That summer → DATE 2009-SU',
    ]);
    expect(read('He returned in 2004, and the next year became chief.', '2013-05-10')).toEqual([
      '2004 → DATE 2004',
      'the next year → DATE 2005',
    ]);
    expect(read('The war began in 1914. The following decade was calm.', '2013-05-10')).toEqual([
      '1914 → DATE 1914',
      'The following decade → DATE 192',
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
    // About ten seconds on a quiet machine; a step that is not linear takes hours.
    expect(seconds).toBeLessThan(60);
  }, 120_000);

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

  it('tags "eight years from now" as a length and "now" apart', () => {
    expect(read('The bridge will open eight years from now.', '2013-03-21')).toEqual([
      'eight years → DURATION P8Y',
      'now → DATE PRESENT_REF',
    ]);
  });

  it('tags the difference in "about a month earlier than usual" as a length', () => {
    expect(read('The harvest began about a month earlier than usual.', '2013-03-21')).toEqual([
      'about a month → DURATION P1M APPROX',
    ]);
  });

  it('reads "the end of year" in a past clause as the year of the date before', () => {
    expect(
      read('Prices rose in early December and peaked by the end of year.', '2013-03-21'),
    ).toEqual(['early December → DATE 2012-12 START', 'the end of year → DATE 2012 END']);
  });

  it('reads "this fiscal year" as the document year', () => {
    expect(read('The agency must cut $60 million this fiscal year.', '2013-03-22')).toEqual([
      'this fiscal year → DATE 2013',
    ]);
  });
});
