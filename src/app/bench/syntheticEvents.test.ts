import { describe, expect, it } from 'vitest';
import { TimelineEventSchema } from '../../core/model/index.ts';
import { eventInterval } from '../../core/calendar/interval.ts';
import { seededRandom, syntheticEvents } from './syntheticEvents.ts';

describe('syntheticEvents', () => {
  const events = syntheticEvents(3000, { seed: 7 });

  it('gives the same events for the same seed and others for another', () => {
    expect(syntheticEvents(50, { seed: 7 })).toEqual(events.slice(0, 50));
    expect(syntheticEvents(50, { seed: 8 })).not.toEqual(events.slice(0, 50));
  });

  it('makes valid events with unique ids', () => {
    for (const event of events.slice(0, 200)) TimelineEventSchema.parse(event);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('spreads them over 20 years, about a third spans, every precision, some planned', () => {
    const starts = events.map((e) => eventInterval(e.date).start.getFullYear());
    expect(Math.min(...starts)).toBe(2005);
    expect(Math.max(...starts)).toBe(2024);
    const spans = events.filter((e) => e.date.end).length / events.length;
    expect(spans).toBeGreaterThan(0.25);
    expect(spans).toBeLessThan(0.34);
    const precisions = new Set(events.map((e) => e.date.start.precision));
    expect([...precisions].sort()).toEqual(['day', 'minute', 'month', 'year']);
    const planned = events.filter((e) => e.status === 'planned').length;
    expect(planned).toBeGreaterThan(0);
    expect(planned).toBeLessThan(events.length * 0.2);
  });

  it('draws numbers in [0, 1) from its seeded generator', () => {
    const random = seededRandom(3);
    const draws = Array.from({ length: 1000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(seededRandom(3)()).toBe(draws[0]);
  });
});
