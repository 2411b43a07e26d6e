import { describe, expect, it } from 'vitest';
import { contextFor } from '../testing.ts';
import type { Candidate, Meaning } from '../types.ts';
import { mergeAdjacent } from './mergeAdjacent.ts';

function at(text: string, words: string, meaning: Meaning, rule: string): Candidate {
  const start = text.indexOf(words);
  return { start, end: start + words.length, type: 'DATE', meaning, rule };
}

describe('mergeAdjacent', () => {
  it('joins a clock time and the weekday after it', () => {
    const text = 'at noon Saturday in town';
    const merged = mergeAdjacent.refine(
      [
        at(text, 'noon', { kind: 'calendar', hour: 12, minute: 0 }, 'clock-time'),
        at(text, 'Saturday', { kind: 'calendar', weekday: 6 }, 'weekday'),
      ],
      contextFor(text),
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      start: 3,
      end: 16,
      type: 'TIME',
      meaning: { weekday: 6, hour: 12 },
      rule: 'clock-time+weekday',
    });
  });

  it('joins a weekday and its date', () => {
    const text = 'Tuesday, May 4, it rained';
    const merged = mergeAdjacent.refine(
      [
        at(text, 'Tuesday', { kind: 'calendar', weekday: 2 }, 'weekday'),
        at(text, 'May 4', { kind: 'calendar', month: 5, day: 4 }, 'month-name-date'),
      ],
      contextFor(text),
    );
    expect(merged.map((c) => text.slice(c.start, c.end))).toEqual(['Tuesday, May 4']);
  });

  it('gives a month the year of "last year" after it', () => {
    const text = 'in March of last year';
    const merged = mergeAdjacent.refine(
      [
        at(text, 'March', { kind: 'calendar', month: 3 }, 'month-name-date'),
        at(
          text,
          'last year',
          { kind: 'relative', unit: 'year', offset: -1, from: 'document' },
          'relative-unit',
        ),
      ],
      contextFor(text),
    );
    expect(merged[0]?.meaning).toMatchObject({ month: 3, yearOffset: -1 });
  });

  it('leaves unrelated neighbours apart', () => {
    const text = 'March and 1999';
    const parts = [
      at(text, 'March', { kind: 'calendar', month: 3 }, 'month-name-date'),
      at(text, '1999', { kind: 'calendar', year: 1999 }, 'year'),
    ];
    expect(mergeAdjacent.refine(parts, contextFor(text))).toEqual(parts);
  });

  it('joins "9 a.m." and the weekday after it across the period of "a.m."', () => {
    const text = 'They have until 9 a.m. Friday to answer.';
    const merged = mergeAdjacent.refine(
      [
        at(text, '9 a.m', { kind: 'calendar', hour: 9, minute: 0 }, 'clock-time'),
        at(text, 'Friday', { kind: 'calendar', weekday: 5 }, 'weekday'),
      ],
      contextFor(text),
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ meaning: { weekday: 5, hour: 9 } });
    expect(text.slice(merged[0]!.start, merged[0]!.end)).toBe('9 a.m. Friday');
  });
});
