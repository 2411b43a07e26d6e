import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TimelineEventSchema } from '../../model/index.ts';
import { eventIdOf, slugOf, toTimelineEvents } from './toTimelineEvents.ts';
import type { Draft } from './draft.ts';
import { EVENT_STEPS } from './pipeline.ts';
import { contextFor, timexAt } from './testSupport.ts';

const text =
  'A referendum has been called for January 3. Parliament was dissolved on December 1, and the cabinet resigned on December 1.';
const timexes = [
  timexAt(text, 'January 3', {
    value: '2017-01-03',
    stated: { month: 1, day: 3 },
    tense: 'future',
  }),
  timexAt(text, 'December 1', { value: '2016-12-01', stated: { month: 12, day: 1 } }),
  timexAt(text, 'December 1', { value: '2016-12-01', stated: { month: 12, day: 1 } }, 1),
];

function events() {
  const context = contextFor(text, '2016-12-14', timexes);
  let drafts: Draft[] = [];
  for (const step of EVENT_STEPS) drafts = step.run(drafts, context);
  return toTimelineEvents(drafts, context);
}

describe('toTimelineEvents', () => {
  it('sorts by date, then by text order', () => {
    expect(events().map((e) => e.title)).toEqual([
      'Parliament dissolved',
      'Cabinet resigned',
      'Referendum called for January 3',
    ]);
  });

  it('explains a planned date in one sentence', () => {
    const planned = events().at(-1)!;
    expect(planned.status).toBe('planned');
    expect(planned.date.derivation.phrase).toBe('called for January 3');
    expect(planned.date.derivation.explanation).toBe(
      '“called for January 3” in a piece dated 14 December 2016, future tense: 3 January 2017, planned.',
    );
  });

  it('quotes every source word for word and validates against the schema', () => {
    for (const event of events()) {
      expect(TimelineEventSchema.parse(event)).toEqual(event);
      for (const source of event.sources)
        expect(source.span.text).toBe(text.slice(source.span.start, source.span.end));
      const span = event.date.derivation.span;
      if (span) expect(span.text).toBe(text.slice(span.start, span.end));
    }
  });

  it('gives stable, unique, URL-safe ids', () => {
    const ids = events().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(events().map((e) => e.id)).toEqual(ids);
  });
});

describe('ids', () => {
  it('slugs titles to ASCII words cut at a hyphen', () => {
    expect(slugOf('Café “Zürich” closes for 2 weeks!')).toBe('cafe-zurich-closes-for-2-weeks');
    expect(slugOf('…')).toBe('event');
    expect(slugOf('a'.repeat(30) + ' ' + 'b'.repeat(30))).toBe('a'.repeat(30));
  });

  it('slugs every title as the regular expressions it is read without do', () => {
    const byRegex = (title: string, maxLength: number): string => {
      const plain = /^[ -~]*$/.test(title) ? title : title.normalize('NFKD').replace(/\p{M}/gu, '');
      const slug = plain
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
      const cut = slug.length > maxLength ? slug.slice(0, maxLength).replace(/-[^-]*$/, '') : slug;
      return cut || 'event';
    };
    const title = fc
      .array(fc.constantFrom(...'aZ09 -–.,’“éİ\u212a'.split(''), 'rally', 'March 24'), {
        maxLength: 30,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(title, fc.integer({ min: 1, max: 40 }), (t, maxLength) => {
        expect(slugOf(t, maxLength)).toBe(byRegex(t, maxLength));
      }),
    );
  });

  it('depends on the document and the offset', () => {
    expect(eventIdOf('doc', 'Vote', 10)).not.toBe(eventIdOf('doc', 'Vote', 11));
    expect(eventIdOf('doc', 'Vote', 10)).not.toBe(eventIdOf('other', 'Vote', 10));
  });
});
