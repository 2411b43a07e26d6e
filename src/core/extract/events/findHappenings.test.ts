import { describe, expect, it } from 'vitest';
import { clauseBoundary, findHappenings } from './findHappenings.ts';
import { contextFor, timexAt } from './testSupport.ts';

const quotes = (text: string, timexes: Parameters<typeof contextFor>[2]) => {
  const context = contextFor(text, '2015-12-02', timexes);
  return findHappenings.run([], context).map((d) => text.slice(d.quote.start, d.quote.end));
};

describe('findHappenings', () => {
  it('quotes the whole sentence when it holds one dated happening', () => {
    const text = 'Nothing happened. The mayor resigned on November 12. Then rain.';
    expect(quotes(text, [timexAt(text, 'November 12', { value: '2015-11-12' })])).toEqual([
      'The mayor resigned on November 12.',
    ]);
  });

  it('quotes each clause when a sentence holds several dated happenings', () => {
    const text = 'The strike began in October, and talks are set for January 3 at the ministry.';
    expect(
      quotes(text, [
        timexAt(text, 'October', { value: '2015-10' }),
        timexAt(text, 'January 3', { value: '2016-01-03' }),
      ]),
    ).toEqual(['The strike began in October', 'and talks are set for January 3 at the ministry.']);
  });

  it('quotes only its own clause when a present state follows after a comma and a conjunction', () => {
    const text =
      'Norway pledged $2 million in March, and it remains the largest donor to the fund.';
    expect(quotes(text, [timexAt(text, 'March', { value: '2015-03' })])).toEqual([
      'Norway pledged $2 million in March',
    ]);
  });

  it('quotes only its own clause when a present state stands before a semicolon', () => {
    const text =
      'She is now the fastest woman in the country; on Sunday she won the national title.';
    expect(quotes(text, [timexAt(text, 'Sunday', { value: '2015-11-29' })])).toEqual([
      'on Sunday she won the national title.',
    ]);
  });

  it('keeps the whole sentence where the clause boundary is not clear or the other clause is not a present state', () => {
    const relative = 'The charity, which remains the largest donor, pledged $2 million in March.';
    expect(quotes(relative, [timexAt(relative, 'March', { value: '2015-03' })])).toEqual([
      relative,
    ]);
    const bare = 'She set the record in 2019 and still holds it.';
    expect(quotes(bare, [timexAt(bare, '2019', { value: '2019' })])).toEqual([bare]);
    const past = 'Prices rose in May, and analysts said they expected more gains.';
    expect(quotes(past, [timexAt(past, 'May', { value: '2015-05' })])).toEqual([past]);
  });

  it('splits at a connective when no comma divides the happenings', () => {
    const text =
      'He left office three weeks after his arrest for marching without a permit in August.';
    const found = quotes(text, [
      timexAt(text, 'three weeks', { type: 'DURATION', value: 'P3W' }),
      timexAt(text, 'August', { value: '2015-08' }),
    ]);
    expect(found).toEqual([
      'He left office three weeks after his arrest',
      'for marching without a permit in August.',
    ]);
  });

  it('makes no draft from sets, vague references or plain durations', () => {
    const text = 'The council meets weekly and has recently spent ten days abroad.';
    expect(
      quotes(text, [
        timexAt(text, 'weekly', { type: 'SET', value: 'P1W' }),
        timexAt(text, 'recently', { value: 'PAST_REF' }),
        timexAt(text, 'ten days', { type: 'DURATION', value: 'P10D' }),
      ]),
    ).toEqual([]);
  });

  it('gives nothing for text without dates', () => {
    expect(quotes('', [])).toEqual([]);
    expect(quotes('<p>No dates here.</p>', [])).toEqual([]);
  });
});

describe('clauseBoundary', () => {
  it('prefers the last separator in the gap', () => {
    const text = 'in May, then, in June';
    expect(clauseBoundary(text, { start: 6, end: 16 })).toBe(13);
  });
});
