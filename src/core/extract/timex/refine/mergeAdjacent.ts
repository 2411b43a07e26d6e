import { OF } from '../../lexicon/en/index.ts';
import type { CalendarMeaning, Candidate, Meaning, Refiner } from '../types.ts';

/** Between a month or season and its year: " ", " of " ("the winter of 1994"). */
const OPTIONAL_OF = new RegExp(`^(?: ${OF})? $`);

/** A clock time or part of day that names no day: "noon", "3 p.m.". */
function isTimeOnly(m: Meaning): m is CalendarMeaning {
  return (
    m.kind === 'calendar' &&
    (m.hour !== undefined || m.partOfDay !== undefined) &&
    m.day === undefined &&
    m.weekday === undefined &&
    m.month === undefined &&
    m.year === undefined
  );
}

/** A date with day precision: "Feb. 25", "Friday", "yesterday". */
function isDay(m: Meaning): boolean {
  if (m.kind === 'calendar') return m.day !== undefined || m.weekday !== undefined;
  return m.kind === 'relative' && m.unit === 'day';
}

function isWeekdayOnly(m: Meaning): m is CalendarMeaning {
  return (
    m.kind === 'calendar' &&
    m.weekday !== undefined &&
    m.month === undefined &&
    m.hour === undefined
  );
}

function isMonthWithoutYear(m: Meaning): m is CalendarMeaning {
  return (
    m.kind === 'calendar' && m.month !== undefined && m.day === undefined && m.year === undefined
  );
}

/** "last year", "this year", "next year" counted from the document. */
function isDocumentYear(m: Meaning): boolean {
  return (
    m.kind === 'relative' && m.unit === 'year' && m.from === 'document' && Math.abs(m.offset) <= 1
  );
}

/** "that year", "the same year": the year of the date mentioned before. */
function isPreviousYear(m: Meaning): boolean {
  return m.kind === 'relative' && m.unit === 'year' && m.from === 'previous' && m.offset === 0;
}

function withTime(day: Meaning, time: CalendarMeaning): Meaning {
  const clock = {
    hour: time.hour,
    minute: time.minute,
    second: time.second,
    partOfDay: time.partOfDay,
  };
  if (day.kind === 'relative') return { ...day, ...clock };
  if (day.kind === 'calendar') return { ...day, ...clock };
  return day;
}

/** How two neighbours combine, or `undefined` when they stay apart. */
function combine(a: Candidate, b: Candidate, gap: string): Meaning | undefined {
  const comma = /^,? ?$/.test(gap);
  // "noon Saturday", "10 p.m. Wednesday", "5 p.m. EST, Nov. 6"
  // The clock time may stop before the period of "a.m.": "until 9 a.m. Tuesday".
  const afterMeridiem = gap === '. ' && a.rule === 'clock-time';
  if ((comma || afterMeridiem) && isTimeOnly(a.meaning) && isDay(b.meaning))
    return withTime(b.meaning, a.meaning);
  // "Saturday 3 p.m.", "Feb. 25, 10 a.m."
  if (comma && isDay(a.meaning) && isTimeOnly(b.meaning)) return withTime(a.meaning, b.meaning);
  // "Monday, Feb. 25": the date says it all; the weekday is kept as stated.
  if (
    comma &&
    isWeekdayOnly(a.meaning) &&
    b.meaning.kind === 'calendar' &&
    b.meaning.day !== undefined
  )
    return { ...b.meaning, weekday: a.meaning.weekday, partOfDay: a.meaning.partOfDay };
  // "the 1988 second quarter", "fiscal 1989 first half"
  if (
    gap === ' ' &&
    a.meaning.kind === 'calendar' &&
    a.rule === 'year' &&
    b.meaning.kind === 'calendar' &&
    b.meaning.year === undefined &&
    (b.meaning.quarter !== undefined || b.meaning.half !== undefined)
  )
    return { ...b.meaning, year: a.meaning.year };
  // "January nineteen ninety-seven", "the winter of 1994"
  if (
    OPTIONAL_OF.test(gap) &&
    a.meaning.kind === 'calendar' &&
    a.meaning.year === undefined &&
    a.meaning.day === undefined &&
    (a.meaning.month !== undefined || a.meaning.season !== undefined) &&
    b.meaning.kind === 'calendar' &&
    b.meaning.year !== undefined &&
    b.meaning.month === undefined &&
    b.meaning.quarter === undefined
  )
    return { ...a.meaning, year: b.meaning.year, which: undefined };
  // "August of that year", "July 25 of the same year": the year of the date before.
  if (
    gap === ` ${OF} ` &&
    a.meaning.kind === 'calendar' &&
    a.meaning.year === undefined &&
    (a.meaning.month !== undefined || a.meaning.season !== undefined) &&
    isPreviousYear(b.meaning)
  )
    return { ...a.meaning, yearOfPrevious: true, which: undefined };
  // "March of last year", "December this year"
  if (OPTIONAL_OF.test(gap) && isMonthWithoutYear(a.meaning) && isDocumentYear(b.meaning)) {
    const offset = b.meaning.kind === 'relative' ? b.meaning.offset : 0;
    return { ...a.meaning, yearOffset: offset };
  }
  return undefined;
}

/**
 * Joins neighbouring pieces of one date: a weekday and its date ("Monday, Feb. 25"),
 * a clock time and its day ("noon Saturday"), a month and a relative year ("March of
 * last year"). Runs after overlaps are removed, so neighbours are in text order.
 */
export const mergeAdjacent: Refiner = {
  name: 'merge-adjacent',
  refine: (candidates, { text, trace }) => {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const prev = out[out.length - 1];
      if (prev && c.start - prev.end <= 4) {
        const gap = text.slice(prev.end, c.start);
        const meaning = combine(prev, c, gap);
        if (meaning) {
          const hasTime =
            meaning.kind !== 'literal' &&
            (meaning.hour !== undefined || meaning.partOfDay !== undefined);
          trace('merge-adjacent', () => `"${text.slice(prev.start, c.end)}"`);
          out[out.length - 1] = {
            ...prev,
            end: c.end,
            type: hasTime ? 'TIME' : 'DATE',
            meaning,
            rule: `${prev.rule}+${c.rule}`,
          };
          continue;
        }
      }
      out.push(c);
    }
    return out;
  },
};
