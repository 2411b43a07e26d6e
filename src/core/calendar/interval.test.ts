import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { format, parseISO } from 'date-fns';
import type { DatePoint } from '../model/index.ts';
import { compareEventDates, eventInterval, valueStart } from './interval.ts';

const p = (value: string, precision: DatePoint['precision']): DatePoint => ({
  value,
  precision,
  approximate: false,
});

describe('eventInterval', () => {
  it('spreads a month-only date across the whole month', () => {
    const i = eventInterval({ start: p('2011-12', 'month') });
    expect(i.start).toEqual(new Date(2011, 11, 1));
    expect(i.end).toEqual(new Date(2012, 0, 1));
    expect(i.isPoint).toBe(false);
  });
  it('treats a single day as a point', () => {
    const i = eventInterval({ start: p('2016-03-09', 'day') });
    expect(i.isPoint).toBe(true);
    expect(i.end).toEqual(new Date(2016, 2, 10));
  });
  it('runs a day span to the end of its last day', () => {
    const i = eventInterval({ start: p('2016-03-09', 'day'), end: p('2016-03-12', 'day') });
    expect(i.end).toEqual(new Date(2016, 2, 13));
  });
  it('ends a clock-time span at the end time itself', () => {
    const i = eventInterval({
      start: p('2016-03-09T10:00', 'minute'),
      end: p('2016-03-09T12:30', 'minute'),
    });
    expect(i.end).toEqual(new Date(2016, 2, 9, 12, 30));
  });
  it('covers a year and a decade', () => {
    expect(eventInterval({ start: p('1999', 'year') }).end).toEqual(new Date(2000, 0, 1));
    expect(eventInterval({ start: p('1990', 'decade') }).end).toEqual(new Date(2000, 0, 1));
  });
});

describe('compareEventDates', () => {
  it('orders by start, then shorter first', () => {
    const month = { start: p('2012-01', 'month') };
    const day = { start: p('2012-01-01', 'day') };
    const later = { start: p('2012-01-02', 'day') };
    const sorted = [later, month, day].sort(compareEventDates);
    expect(sorted).toEqual([day, month, later]);
  });
});

describe('valueStart', () => {
  it('reads every shape of value as the general parser does, local time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1000, 0, 1), max: new Date(2999, 11, 31), noInvalidDate: true }),
        fc.constantFrom(4, 7, 10, 16),
        (date, length) => {
          const value = format(date, "yyyy-MM-dd'T'HH:mm").slice(0, length);
          expect(valueStart(value).getTime()).toBe(parseISO(value).getTime());
        },
      ),
    );
  });

  it('gives an invalid date for a value of the right length that is not all digits', () => {
    expect(valueStart('2012-0x').getTime()).toBeNaN();
    expect(valueStart('20a2').getTime()).toBeNaN();
  });
});
