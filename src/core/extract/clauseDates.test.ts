import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.ts';

/** Each event as "start[..end] status: title", in timeline order. */
function events(text: string, publishedOn: string): string[] {
  return extractArticle({ id: 'c', title: 'C', text, publishedOn, language: 'en' }).events.map(
    (e) =>
      `${e.date.start.value}${e.date.end ? `..${e.date.end.value}` : ''} ${e.status}: ${e.title}`,
  );
}

/** The source sentences of every event, by event start. */
function sources(text: string, publishedOn: string): Record<string, string[]> {
  const result = extractArticle({ id: 'c', title: 'C', text, publishedOn, language: 'en' });
  return Object.fromEntries(
    result.events.map((e) => [e.date.start.value, e.sources.map((s) => s.span.text)]),
  );
}

describe('an event takes its date from its own clause', () => {
  it('gives two happenings of one sentence each its own date', () => {
    expect(
      events(
        'The senator resigned on Monday and the party chose her successor on Wednesday.',
        '2024-06-20',
      ),
    ).toEqual([
      '2024-06-17 happened: Senator resigned',
      '2024-06-19 happened: Party chose her successor',
    ]);
    expect(
      events('The factory opened in March 2019 and closed in June 2023.', '2024-07-10').map(
        (e) => e.split(':')[0],
      ),
    ).toEqual(['2019-03 happened', '2023-06 happened']);
  });

  it('does not make an event of an offset that restates the date of its own clause', () => {
    const text = 'Rebels seized the town in 2014, a year after the army withdrew in 2013.';
    expect(events(text, '2024-07-10')).toEqual([
      '2013 happened: Army withdrew',
      '2014 happened: Rebels seized the town',
    ]);
  });

  it('keeps the precision of the date an offset counts from', () => {
    const text = 'Rebels seized the town a year after the army withdrew in 2013.';
    expect(events(text, '2024-07-10').map((e) => e.split(':')[0])).toEqual([
      '2013 happened',
      '2014 happened',
    ]);
  });

  it('never lends a past date to a present-tense state in the next sentence', () => {
    const record = 'The striker scored 40 goals in 2019. He still holds the record.';
    expect(sources(record, '2024-07-10')).toEqual({
      '2019': ['The striker scored 40 goals in 2019.'],
    });
    const donor = 'Norway pledged $2bn to the fund in 2021. It remains the largest donor.';
    expect(sources(donor, '2024-07-10')).toEqual({
      '2021': ['Norway pledged $2bn to the fund in 2021.'],
    });
  });

  it('titles a sentence with a dated aside and a present state by the dated happening', () => {
    expect(events('Smith, who won gold in 2012, holds the world record.', '2024-07-10')).toEqual([
      '2012 happened: Smith won gold',
    ]);
  });
});

describe('status comes from tense, not from where a month falls', () => {
  it('reads a month told in the past in an earlier-month piece as last year’s, and happened', () => {
    expect(
      events('Militants launched three raids in August, officials said.', '2024-07-10'),
    ).toEqual(['2023-08 happened: Launched three raids in August']);
  });

  it('reads the same month in the future tense as this year’s, and planned', () => {
    expect(events('The council will vote in August.', '2024-07-10')[0]).toMatch(/^2024-08 planned/);
  });

  it('reads a season of a past war as past', () => {
    const [spring] = events('During the war the army retreated in the spring.', '2024-02-10');
    expect(spring).toMatch(/^\d{4}-03 happened/);
    expect(Number(spring!.slice(0, 4))).toBeLessThan(2024);
  });
});

describe('a month or season after a year of the same story', () => {
  it('reads "In June" after "in 2008" as June 2008', () => {
    const text = 'The bank collapsed in 2008. In June its shares were suspended.';
    expect(events(text, '2024-02-10').map((e) => e.split(':')[0])).toEqual([
      '2008 happened',
      '2008-06 happened',
    ]);
  });

  it('reads "that autumn" and "in the spring" as seasons of that year', () => {
    const autumn = 'The bank collapsed in 2008. That autumn its shares were suspended.';
    expect(events(autumn, '2024-02-10')[1]).toMatch(/^2008-09 happened/);
    const spring = 'The war began in 1916. In the spring the offensive stalled.';
    expect(events(spring, '2024-02-10')[1]).toMatch(/^1916-03 happened/);
  });
});

describe('“today” in a quotation is the day of the quote', () => {
  const explain = (text: string, publishedOn: string) =>
    extractArticle({ id: 'c', title: 'C', text, publishedOn, language: 'en' }).events.map((e) => [
      e.date.start.value,
      e.date.derivation.explanation,
    ]);

  it('dates a quoted "today" by the Monday it was said, and says so', () => {
    expect(
      explain('“We will vote today,” the minister said on Monday.', '2024-06-20'),
    ).toContainEqual([
      '2024-06-17',
      '“today” in quoted words, read against the day they were said, “Monday” in the same sentence, future tense: 17 June 2024.',
    ]);
  });

  it('dates "today" in the reporter’s own voice by the publication date', () => {
    expect(explain('Shares fell 3 percent today, the exchange said.', '2024-06-20')).toEqual([
      ['2024-06-20', '“today” in a piece dated 20 June 2024, past tense: 20 June 2024.'],
    ]);
  });
});
