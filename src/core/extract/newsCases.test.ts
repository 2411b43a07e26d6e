import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.ts';

/** Each event's date, end and status, in timeline order. */
function events(text: string, publishedOn: string): string[] {
  return extractArticle({ id: 'n', title: 'N', text, publishedOn, language: 'en' }).events.map(
    (e) => `${e.date.start.value}${e.date.end ? `..${e.date.end.value}` : ''} ${e.status}`,
  );
}

describe('hard cases of real news', () => {
  it('reads a month told in the past tense as the last one, and as having happened', () => {
    expect(
      events('Militants staged four ambushes in September, police said.', '2021-06-30'),
    ).toEqual(['2020-09 happened']);
  });

  it('puts a clock time past midnight on the next day when the text says so', () => {
    const text = 'Crews worked from 10 p.m. until 4 a.m. the next morning.';
    const values = events(text, '2022-11-20');
    expect(values[0]).toBe('2022-11-20T22:00 happened');
    expect(values[1]?.startsWith('2022-11-21T04:00')).toBe(true);
  });

  it('keeps the clock time of a readable date', () => {
    expect(events('The ferry sank about 02:30 on 9 April.', '2019-04-12')).toContain(
      '2019-04-09T02:30 happened',
    );
  });

  it('counts weeks back from a weekday-dated event at day precision', () => {
    const text = 'The board met on Wednesday. Three weeks earlier the chief executive had quit.';
    expect(events(text, '2024-03-15')).toEqual(['2024-02-21 happened', '2024-03-13 happened']);
  });

  it('reads a month after a year told in the same story as that year’s', () => {
    const text = 'The bank was rescued in 2008. That October its shares were suspended.';
    expect(events(text, '2015-05-05')).toEqual(['2008 happened', '2008-10 happened']);
  });
});
