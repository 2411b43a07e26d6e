import { describe, expect, it } from 'vitest';
import { eventBy, readEvents } from './testing.ts';

describe('joinRanges', () => {
  it('reads "between 1998 and 2001" as one span at year precision', () => {
    const e = eventBy('stated-span', 'She served as mayor between 1998 and 2001.', '2024-06-20');
    expect(e).toMatchObject({ start: '1998', end: '2001', precision: 'year..year' });
    expect(e.status).toBe('happened');
    expect(e.phrase).toBe('between 1998 and 2001');
    expect(e.explanation).toBe('“between 1998 and 2001” gives both ends in full: 1998 – 2001.');
  });

  it('reads "the 2015-16 school year" as a span over both years', () => {
    const e = eventBy('stated-span', 'Enrolment fell in the 2015-16 school year.', '2024-06-20');
    expect(e).toMatchObject({ start: '2015', end: '2016', precision: 'year..year' });
  });

  it('reads "from March 3 to March 5" and "March 3-5" as spans of days', () => {
    for (const text of [
      'The festival ran from March 3 to March 5.',
      'The festival ran March 3-5.',
    ]) {
      const events = readEvents(text, '2024-06-20');
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        start: '2024-03-03',
        end: '2024-03-05',
        precision: 'day..day',
        status: 'happened',
        rule: 'stated-span',
      });
      expect(events[0]!.explanation).toContain('both ends of one span');
    }
  });

  it('keeps a span that runs through the publication date ongoing', () => {
    const e = eventBy(
      'stated-span',
      'The exhibition runs from March 3 to September 30.',
      '2024-06-20',
    );
    expect(e).toMatchObject({ start: '2024-03-03', end: '2024-09-30', status: 'ongoing' });
  });

  it('leaves two dates apart when a verb moves one to the other', () => {
    const events = readEvents('Officials postponed the vote from May 3 to May 10.', '2024-04-10');
    expect(events.some((e) => e.rule === 'stated-span')).toBe(false);
  });

  it('leaves two dates apart when they are two happenings', () => {
    const text = 'The party won in 1998 and lost in 2001.';
    expect(readEvents(text, '2024-06-20').map((e) => e.start)).toEqual(['1998', '2001']);
  });
});
