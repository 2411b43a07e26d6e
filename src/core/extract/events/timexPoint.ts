import { dayValue } from '../../calendar/yearRange.ts';
import { SEASON_FIRST_MONTH, isoWeekStart, parseTimemlDate } from '../../calendar/timemlValue.ts';
import type { DatePoint, TimexMod } from '../../model/index.ts';

/** Mods that say the true date or length lies a little off the stated one. */
const APPROXIMATE_MODS: ReadonlySet<TimexMod> = new Set([
  'APPROX',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
]);

/** True when a TimeML `mod` makes a date or duration approximate ("about", "less than"). */
export function isApproximateMod(mod: TimexMod | undefined): boolean {
  return mod !== undefined && APPROXIMATE_MODS.has(mod);
}

/** A date point. (A module function: a closure made per reading costs more than the reading.) */
function pointOf(
  value: string,
  precision: DatePoint['precision'],
  approximate: boolean,
): DatePoint {
  return { value, precision, approximate };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A TimeML DATE/TIME value as a date point at the precision the text gave, or null when
 * the value dates nothing specific (PRESENT_REF, PAST_REF, a bare clock time, `XXXX`)
 * or lies before the era (`BC0499`), which a date point (years 0000–9999) cannot hold.
 * Seasons are stored by their first month (spring is March).
 *
 * @example timexValueToPoint('2012-01') // { value: '2012-01', precision: 'month', approximate: false }
 * @example timexValueToPoint('2012-W08') // { value: '2012-02-20', precision: 'week', ... }
 */
export function timexValueToPoint(value: string, mod?: TimexMod): DatePoint | null {
  const d = parseTimemlDate(value);
  if (!d || d.bc) return null;
  const approximate = isApproximateMod(mod);
  const year = pad(d.year, 4);
  const month = `${year}-${pad(d.month ?? 1)}`;
  switch (d.unit) {
    case 'minute':
      return pointOf(
        `${month}-${pad(d.day!)}T${pad(d.hour!)}:${pad(d.minute!)}`,
        'minute',
        approximate,
      );
    // Parts of day ("Saturday morning", 2012-02-25TMO): the day is what is known.
    case 'part-of-day':
    case 'day':
      return pointOf(`${month}-${pad(d.day!)}`, 'day', approximate);
    case 'week': {
      const monday = dayValue(isoWeekStart(d.year, d.week!));
      return monday === undefined ? null : pointOf(monday, 'week', approximate);
    }
    case 'weekend':
      return null;
    case 'month':
      return pointOf(month, 'month', approximate);
    case 'quarter':
      return pointOf(`${year}-${pad((d.quarter! - 1) * 3 + 1)}`, 'quarter', approximate);
    case 'half':
      return null;
    case 'season':
      return pointOf(`${year}-${pad(SEASON_FIRST_MONTH[d.season!])}`, 'season', approximate);
    case 'year':
      return pointOf(year, 'year', approximate);
    case 'decade':
      return pointOf(year, 'decade', approximate);
    case 'century':
      return pointOf(year, 'century', approximate);
  }
}

/** A clock time without a day (`T12:00`, `XXXX-XX-XXT12:00`) as hours and minutes. */
export function clockTimeOf(value: string): { hours: number; minutes: number } | null {
  const m = /T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  return { hours: Number(m[1]), minutes: Number(m[2]) };
}

/** The parts of an ISO 8601 / TimeML duration, as date-fns `add` takes them. */
export interface DurationParts {
  years?: number;
  months?: number;
  weeks?: number;
  days?: number;
  hours?: number;
  minutes?: number;
}

/**
 * Reads a TimeML duration value; null for vague ones (`PXY`, "years") and non-durations.
 *
 * @example parseTimexDuration('P2W') // { weeks: 2 }
 * @example parseTimexDuration('PT2H') // { hours: 2 }
 */
export function parseTimexDuration(value: string): DurationParts | null {
  const m =
    /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?)?$/.exec(
      value,
    );
  if (!m || value === 'P' || value === 'PT') return null;
  const parts: DurationParts = {};
  const keys = ['years', 'months', 'weeks', 'days', 'hours', 'minutes'] as const;
  keys.forEach((key, i) => {
    const raw = m[i + 1];
    if (raw !== undefined) parts[key] = Number(raw);
  });
  return Object.keys(parts).length > 0 ? parts : null;
}

/** True when a duration is measured in hours or minutes only: the length of one happening. */
export function isClockDuration(parts: DurationParts): boolean {
  return (
    (parts.hours !== undefined || parts.minutes !== undefined) &&
    parts.years === undefined &&
    parts.months === undefined &&
    parts.weeks === undefined &&
    parts.days === undefined
  );
}

/** A duration in words for explanations: "15 days", "2 weeks", "2 hours". */
export function describeDuration(parts: DurationParts): string {
  const units = [
    ['year', parts.years],
    ['month', parts.months],
    ['week', parts.weeks],
    ['day', parts.days],
    ['hour', parts.hours],
    ['minute', parts.minutes],
  ] as const;
  return units
    .filter(([, n]) => n !== undefined)
    .map(([unit, n]) => `${n} ${unit}${n === 1 ? '' : 's'}`)
    .join(' ');
}
