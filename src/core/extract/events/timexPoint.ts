import { setISOWeek, startOfISOWeek } from 'date-fns';
import { dayValue, localDay } from '../../calendar/yearRange.ts';
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

// Seasons are stored by their first month (see DatePoint): spring March, summer June,
// autumn September, winter December.
const SEASON_MONTH: Record<string, string> = { SP: '03', SU: '06', FA: '09', WI: '12' };

/** A date point. (A module function: a closure made per reading costs more than the reading.) */
function pointOf(
  value: string,
  precision: DatePoint['precision'],
  approximate: boolean,
): DatePoint {
  return { value, precision, approximate };
}

/**
 * A TimeML DATE/TIME value as a date point at the precision the text gave, or null when
 * the value dates nothing specific (PRESENT_REF, PAST_REF, a bare clock time, `XXXX`).
 *
 * @example timexValueToPoint('2012-01') // { value: '2012-01', precision: 'month', approximate: false }
 * @example timexValueToPoint('2012-W08') // { value: '2012-02-20', precision: 'week', ... }
 */
export function timexValueToPoint(value: string, mod?: TimexMod): DatePoint | null {
  const approximate = isApproximateMod(mod);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value)))
    return pointOf(`${m[1]}T${m[2]}:${m[3]}`, 'minute', approximate);
  // Parts of day ("Saturday morning", 2012-02-25TMO): the day is what is known.
  if ((m = /^(\d{4}-\d{2}-\d{2})(T[A-Z]{2})?$/.exec(value)))
    return pointOf(m[1]!, 'day', approximate);
  if (/^\d{4}-\d{2}$/.test(value)) return pointOf(value, 'month', approximate);
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const monday = dayValue(startOfISOWeek(setISOWeek(localDay(Number(m[1]), 0, 4), Number(m[2]))));
    return monday === undefined ? null : pointOf(monday, 'week', approximate);
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const month = (Number(m[2]) - 1) * 3 + 1;
    return pointOf(`${m[1]}-${String(month).padStart(2, '0')}`, 'quarter', approximate);
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value)))
    return pointOf(`${m[1]}-${SEASON_MONTH[m[2]!]}`, 'season', approximate);
  if (/^\d{4}$/.test(value)) return pointOf(value, 'year', approximate);
  // A decade: TimeML's `199` (older data writes `199X`).
  if ((m = /^(\d{3})X?$/.exec(value))) return pointOf(`${m[1]}0`, 'decade', approximate);
  // A century: TimeML's `19` for the 20th (older data writes `19XX`).
  if ((m = /^(\d{2})(?:XX)?$/.exec(value))) return pointOf(`${m[1]}00`, 'century', approximate);
  return null;
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
