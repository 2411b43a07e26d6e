import { describe, expect, it } from 'vitest';
import { eventBy, readEvents } from './testing.ts';

describe('openSpans: since', () => {
  it('reads "since March 4" after a present perfect as an ongoing start at day precision', () => {
    const text = 'Protesters have occupied the square since March 4, organisers said.';
    const e = eventBy('since-start', text, '2024-06-20');
    expect(e).toMatchObject({ start: '2024-03-04', precision: 'day', status: 'ongoing' });
    expect(e.end).toBeUndefined();
    expect(e.phrase).toBe('since March 4');
    expect(e.explanation).toContain('the start of a state that still holds');
  });

  it('reads "since early June" as an ongoing start at month precision', () => {
    const e = eventBy('since-start', 'The strike has continued since early June.', '2024-06-20');
    expect(e).toMatchObject({ start: '2024-06', precision: 'month', status: 'ongoing' });
  });

  it('reads a state told in the past perfect as having happened', () => {
    const text = 'By the time of the vote, the plant had been closed since 2019.';
    const e = eventBy('since-start', text, '2024-06-20');
    expect(e).toMatchObject({ start: '2019', precision: 'year', status: 'happened' });
  });
});

describe('openSpans: the first since', () => {
  it('reads "the first title since 1974" as a run from 1974 the happening ends', () => {
    const e = eventBy('run-since', 'It was the first title for the club since 1974.', '2024-06-20');
    expect(e).toMatchObject({
      start: '1974',
      end: '2024-06-20',
      precision: 'year..day',
      approximateEnd: true,
      status: 'happened',
    });
    expect(e.explanation).toContain('a run that began then');
  });

  it('ends the run at the date the story told just before', () => {
    const text = 'The club won the cup on Saturday. It was its first title since 1974.';
    const e = eventBy('run-since', text, '2024-06-20');
    expect(e).toMatchObject({ start: '1974', end: '2024-06-15', approximateEnd: true });
    expect(e.explanation).toContain('the date the story has just told, 15 June 2024');
  });

  it('dates the happening by its own date when the sentence gives one', () => {
    const text = 'Inflation hit 9.1 percent in June, the highest since 1981.';
    expect(readEvents(text, '2024-07-20').map((e) => [e.start, e.rule])).toEqual([
      ['2024-06', 'timex-month-name-date'],
    ]);
  });
});

describe('openSpans: until', () => {
  it('reads "will stay closed until at least mid-May" as a state from publication, open at its end', () => {
    const text = 'The border will stay closed until at least mid-May, the ministry said.';
    const e = eventBy('until-end', text, '2024-04-20');
    expect(e).toMatchObject({
      start: '2024-04-20',
      end: '2024-05',
      precision: 'day..month',
      approximateEnd: true,
      status: 'ongoing',
    });
    expect(e.phrase).toBe('until at least mid-May');
    expect(e.explanation).toContain('a state holding from the publication date');
  });

  it('ends a happening dated earlier in the same sentence', () => {
    const text = 'The museum will be closed from Monday until at least mid-May.';
    const events = readEvents(text, '2024-04-10');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      start: '2024-04-15',
      end: '2024-05',
      approximateEnd: true,
      status: 'planned',
      rule: 'until-end',
    });
  });

  it('ends a past closing at the coming month it is to last until, in a piece dated before it', () => {
    const events = readEvents(
      'The government closed the border on Monday until at least mid-May.',
      '2024-04-10',
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      start: '2024-04-08',
      end: '2024-05',
      approximateEnd: true,
      status: 'ongoing',
    });
  });

  it('keeps a past "until" as the date it ended, and says so', () => {
    const e = readEvents('The siege lasted until May 1943.', '2024-06-20')[0]!;
    expect(e).toMatchObject({ start: '1943-05', status: 'happened' });
    expect(e.end).toBeUndefined();
    expect(e.explanation).toContain('the end of what it tells (“until May 1943”)');
  });
});

describe('openSpans: so far', () => {
  it('reads "so far this year" as the year up to the publication date, ongoing', () => {
    const text = 'So far this year, 40 people have died on the roads.';
    const e = eventBy('so-far', text, '2024-06-20');
    expect(e).toMatchObject({
      start: '2024-01-01',
      end: '2024-06-20',
      precision: 'day..day',
      status: 'ongoing',
    });
    expect(e.phrase).toBe('So far this year');
  });

  it('reads "this month so far" the same way', () => {
    const e = eventBy('so-far', 'Sales have doubled this month so far.', '2024-06-20');
    expect(e).toMatchObject({ start: '2024-06-01', end: '2024-06-20', status: 'ongoing' });
  });

  it('leaves a plain "this year" as the year', () => {
    const events = readEvents('Elections are due this year.', '2024-06-20');
    expect(events.map((e) => [e.start, e.end])).toEqual([['2024', undefined]]);
  });
});

describe('openSpans: until after a negation', () => {
  it('reads "not … until 1993" as when it begins, no span', () => {
    const events = readEvents('The plant was not to begin production until 1993.', '1989-10-30');
    expect(events.map((e) => [e.start, e.end, e.rule])).toEqual([
      ['1993', undefined, 'stated-date'],
    ]);
  });

  it('leaves a happening moved to a date alone', () => {
    const events = readEvents(
      'Officials postponed until Tuesday any action on the case.',
      '2024-06-20',
    );
    expect(events.some((e) => e.rule === 'until-end')).toBe(false);
  });
});
