import { describe, expect, expectTypeOf, it } from 'vitest';
import { TimelineEventSchema, type TimelineEvent } from '../model/index.ts';
import { FIXTURE_EVENTS } from './testFixtures.ts';
import { asTimelineEvent, ReaderEventSchema, type ReaderEvent } from './readerSchema.ts';

describe('the reader’s schemas follow the model', () => {
  it('reads events that are model events without their editing fields', () => {
    // Fails the type check when the model changes in a way the reader's schema does not follow.
    expectTypeOf<ReaderEvent>().toExtend<Omit<TimelineEvent, 'timexIds' | 'edited'>>();
  });

  it('accepts every event the model accepts, and gives it back as a model event', () => {
    for (const event of FIXTURE_EVENTS) {
      const read = ReaderEventSchema.safeParse(event);
      expect(read.success).toBe(true);
      if (read.success)
        expect(TimelineEventSchema.parse(asTimelineEvent(read.data))).toEqual(event);
    }
  });

  it('refuses what the model refuses', () => {
    const event = FIXTURE_EVENTS[0]!;
    const broken: unknown[] = [
      { ...event, title: '' },
      { ...event, sources: [] },
      { ...event, status: 'rumoured' },
      { ...event, date: { ...event.date, start: { ...event.date.start, value: 'Feb 2012' } } },
      { ...event, sources: [{ ...event.sources[0], span: { start: 5, end: 2, text: '' } }] },
    ];
    for (const value of broken) {
      expect(TimelineEventSchema.safeParse(value).success).toBe(false);
      expect(ReaderEventSchema.safeParse(value).success).toBe(false);
    }
  });
});
