import { describe, expect, it } from 'vitest';
import { eventBy, readEvents } from './testing.ts';

describe('deadlines', () => {
  it('counts "within ten days" from the day-dated ruling before it, planned', () => {
    const text = 'The court ruled on Tuesday that the company must pay the fine within ten days.';
    const events = readEvents(text, '2024-06-20');
    expect(events.map((e) => [e.start, e.end, e.status, e.rule])).toEqual([
      ['2024-06-18', undefined, 'happened', 'timex-weekday'],
      ['2024-06-18', '2024-06-28', 'planned', 'deadline-within'],
    ]);
    const deadline = events[1]!;
    expect(deadline.phrase).toBe('within ten days');
    expect(deadline.title).toBe('Company must pay the fine');
    expect(deadline.explanation).toContain('a deadline 10 days on');
  });

  it('counts from the publication date when the sentence has no day of its own', () => {
    const e = eventBy('deadline-within', 'Residents must leave within 48 hours.', '2024-06-20');
    expect(e).toMatchObject({ start: '2024-06-20', end: '2024-06-22', status: 'planned' });
    expect(e.explanation).toContain('in a piece dated 20 June 2024');
  });

  it('sets no deadline on a length told in the past', () => {
    const events = readEvents('Within ten days the army had retaken the town.', '2024-06-20');
    expect(events.some((e) => e.rule === 'deadline-within')).toBe(false);
  });

  it('sets no deadline counted from a happening it does not date', () => {
    const text =
      'Stalin agreed that the Soviet Union would declare war within three months of the defeat.';
    expect(readEvents(text, '2009-12-19').some((e) => e.rule === 'deadline-within')).toBe(false);
  });
});
