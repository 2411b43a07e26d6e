import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { clockTime } from './clockTime.ts';

describe('clockTime', () => {
  it('reads 12-hour and 24-hour times and named hours', () => {
    const hits = found(
      clockTime,
      'At 9:30 a.m. EST, at 14:05, at noon, at midnight and at 12 pm. Then 6 a.m. ended.',
    );
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['9:30 a.m. EST', { kind: 'calendar', hour: 9, minute: 30 }],
      ['14:05', { kind: 'calendar', hour: 14, minute: 5 }],
      ['noon', { kind: 'calendar', hour: 12, minute: 0 }],
      ['midnight', { kind: 'calendar', hour: 24, minute: 0 }],
      ['12 pm', { kind: 'calendar', hour: 12, minute: 0 }],
      ['6 a.m.', { kind: 'calendar', hour: 6, minute: 0 }],
    ]);
  });

  it('reads hours with a part of the day', () => {
    const hits = found(clockTime, 'from 4 in the morning until eight in the evening');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['4 in the morning', { kind: 'calendar', hour: 4, minute: 0 }],
      ['eight in the evening', { kind: 'calendar', hour: 20, minute: 0 }],
    ]);
  });

  it('declines impossible hours', () => {
    expect(found(clockTime, 'at 13 p.m.')).toEqual([]);
  });
});
