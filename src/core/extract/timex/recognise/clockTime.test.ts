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

  it('keeps a written time zone in the span', () => {
    const hits = found(
      clockTime,
      'at 3:30 p.m. ET, at 9 a.m. local time and at 8 p.m. Eastern time',
    );
    expect(hits.map((h) => h.words)).toEqual([
      '3:30 p.m. ET',
      '9 a.m. local time',
      '8 p.m. Eastern time',
    ]);
  });

  it('does not take a lower-case word for a zone', () => {
    const hits = found(clockTime, 'at 9 a.m. wet roads closed; 10 a.m. Estimates');
    expect(hits.map((h) => h.words)).toEqual(['9 a.m.', '10 a.m']);
  });

  it('leaves "High Noon"', () => {
    expect(found(clockTime, 'the film High Noon and a high noon for the talks')).toEqual([]);
  });

  it('reads wire-copy 24-hour times with a zone, and "at 2100 hours"', () => {
    const hits = found(clockTime, 'off at 0700 GMT, down at 1430 local time, moved at 2100 hours');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['0700 GMT', { kind: 'calendar', hour: 7, minute: 0 }],
      ['1430 local time', { kind: 'calendar', hour: 14, minute: 30 }],
      ['2100 hours', { kind: 'calendar', hour: 21, minute: 0 }],
    ]);
    expect(found(clockTime, 'It took 1500 hours of work.')).toEqual([]);
  });

  it('does not read the tail of a race time "3:07:35" as a clock time', () => {
    expect(found(clockTime, 'He finished in 3:07:35.')).toEqual([]);
  });

  it('reads a time with seconds where it is a clock: after "at" or with a zone', () => {
    const hits = found(clockTime, 'It struck at 10:32:15, and again 04:15:30 GMT.');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['10:32:15', { kind: 'calendar', hour: 10, minute: 32, second: 15 }],
      ['04:15:30 GMT', { kind: 'calendar', hour: 4, minute: 15, second: 30 }],
    ]);
  });
});
