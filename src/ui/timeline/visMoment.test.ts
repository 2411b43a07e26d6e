import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
// The real moment, by a path the build's `moment` alias does not catch.
import realMoment from 'moment/moment.js';
import { moment, VisMoment } from './visMoment.ts';

/** What both libraries answer, called the same way: moment's own object or ours. */
type Either = Record<string, (...args: unknown[]) => unknown>;

const UNITS = ['millisecond', 'second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;
const UNIT_NAMES = [...UNITS, ...UNITS.map((u) => `${u}s`), 'd', 'M', 'y', 'h', 'ms'];
// Every format string vis-timeline uses, and each token alone.
const FORMATS = [
  'SSS',
  's',
  'HH:mm',
  'ddd D',
  'D',
  'w',
  'MMM',
  'YYYY',
  'HH:mm:ss',
  'D MMMM HH:mm',
  'ddd D MMMM',
  'MMMM YYYY',
  'dddd, MMMM Do YYYY, H:mm:ss',
  'MM/DD/YYYY hh:mm',
  'dddd',
  'MMMM',
  'YY M Do DD dd d h hh m mm ss SS S ww A a Z ZZ',
  '[week] w [of] YYYY',
  undefined,
];

type Step =
  | { kind: 'set'; name: string; value: number }
  | { kind: 'add' | 'subtract'; amount: number; unit: string }
  | { kind: 'startOf' | 'endOf'; unit: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    name: fc.constantFrom(
      'year',
      'month',
      'date',
      'hours',
      'minutes',
      'seconds',
      'milliseconds',
      'day',
      'weekday',
      'dayOfYear',
      'week',
    ),
    value: fc.integer({ min: -3, max: 400 }),
  }),
  fc.record({
    kind: fc.constantFrom('add' as const, 'subtract' as const),
    amount: fc.oneof(
      fc.integer({ min: -40, max: 40 }),
      fc.double({ min: -5, max: 5, noNaN: true }),
    ),
    unit: fc.constantFrom(...UNIT_NAMES),
  }),
  fc.record({
    kind: fc.constantFrom('startOf' as const, 'endOf' as const),
    unit: fc.constantFrom(...UNITS),
  }),
);

// Years 1000–2400 and a few early ones (vis-timeline draws history too).
const time = fc.oneof(
  fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(2400, 0, 1) }),
  fc.integer({ min: Date.UTC(-500, 0, 1), max: Date.UTC(1000, 0, 1) }),
);

function apply(m: Either, s: Step): void {
  if (s.kind === 'set') {
    // moment's year setter keeps 29 February where we would not guess otherwise; both same.
    const value = s.name === 'year' ? s.value + 1600 : s.value;
    m[s.name]!.call(m, value);
  } else if (s.kind === 'add' || s.kind === 'subtract') m[s.kind]!.call(m, s.amount, s.unit);
  else m[s.kind]!.call(m, s.unit);
}

const GETTERS = [
  'valueOf',
  'year',
  'month',
  'date',
  'day',
  'weekday',
  'isoWeekday',
  'week',
  'dayOfYear',
  'hours',
  'minutes',
  'seconds',
  'milliseconds',
];

const originalZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalZone;
});

// UTC, a zone with daylight saving, and one whose clocks move by half an hour.
describe.each(['UTC', 'America/New_York', 'Australia/Lord_Howe'])('visMoment in %s', (zone) => {
  it('reads and changes dates as moment does, step after step', () => {
    process.env.TZ = zone;
    fc.assert(
      fc.property(time, fc.array(step, { maxLength: 6 }), (start, steps) => {
        const ours = moment(start) as unknown as Either;
        const theirs = realMoment(start) as unknown as Either;
        for (const s of steps) {
          apply(ours, s);
          apply(theirs, s);
          for (const getter of GETTERS) {
            expect([s, getter, ours[getter]!.call(ours)]).toEqual([
              s,
              getter,
              theirs[getter]!.call(theirs),
            ]);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('formats every label and tooltip of vis-timeline as moment does', () => {
    process.env.TZ = zone;
    fc.assert(
      fc.property(time, fc.constantFrom(...FORMATS), (t, pattern) => {
        expect(moment(t).format(pattern)).toBe(realMoment(t).format(pattern));
      }),
      { numRuns: 600 },
    );
  });

  it('compares and measures as moment does', () => {
    process.env.TZ = zone;
    fc.assert(
      fc.property(
        time,
        fc.integer({ min: -400 * 86_400_000, max: 400 * 86_400_000 }),
        fc.constantFrom(...UNITS),
        (t, delta, unit) => {
          expect(moment(t).isSame(t + delta, unit)).toBe(realMoment(t).isSame(t + delta, unit));
          expect(moment(t).isSame(moment(t + delta), unit)).toBe(
            realMoment(t).isSame(realMoment(t + delta), unit),
          );
          if (unit !== 'month' && unit !== 'year') {
            expect(moment(t).diff(moment(t - delta), unit)).toBe(
              realMoment(t).diff(realMoment(t - delta), unit),
            );
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('visMoment', () => {
  it('reads what moment reads: now, numbers, dates, moments and ISO text (a day is local midnight)', () => {
    process.env.TZ = 'America/New_York';
    for (const input of ['2024-03-10', '2024-03', '2024-03-10T02:30', '2024-03-10T12:00:00Z']) {
      expect(moment(input).valueOf()).toBe(realMoment(input).valueOf());
    }
    const date = new Date(2020, 1, 29, 13, 5);
    expect(moment(date).valueOf()).toBe(date.getTime());
    expect(moment(moment(5)).valueOf()).toBe(5);
    expect(Math.abs(moment().valueOf() - Date.now())).toBeLessThan(1000);
    process.env.TZ = originalZone;
  });

  it('changes the date in place and returns itself, as moment does; clone makes another', () => {
    const m = moment(0);
    expect(m.add(1, 'day')).toBe(m);
    expect(m.valueOf()).toBe(86_400_000);
    const copy = m.clone();
    copy.add(1, 'year');
    expect(m.valueOf()).toBe(86_400_000);
    expect(copy).toBeInstanceOf(VisMoment);
  });

  it('says English whatever locale it is given, and knows its own objects', () => {
    expect(moment.locale('de')).toBe('en');
    expect(moment(0).locale('de').valueOf()).toBe(0);
    expect(moment.isMoment(moment(0))).toBe(true);
    expect(moment.isMoment(new Date())).toBe(false);
  });

  it('refuses units it does not know instead of guessing', () => {
    expect(() => moment(0).add(1, 'quarter')).toThrow(/unsupported unit/);
  });
});
