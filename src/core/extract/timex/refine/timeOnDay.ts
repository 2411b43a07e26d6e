import type { CalendarMeaning, Candidate, Meaning, Refiner } from '../types.ts';

/** Between a clock time and the day it falls on: "3:30 p.m. ET on Monday". */
const ON = /^,? on (?:the )?$/;

/** A clock time that names no day of its own. */
function isClockOnly(c: Candidate): c is Candidate & { meaning: CalendarMeaning } {
  const m = c.meaning;
  return (
    c.type === 'TIME' &&
    m.kind === 'calendar' &&
    m.hour !== undefined &&
    m.day === undefined &&
    m.weekday === undefined &&
    m.month === undefined &&
    m.year === undefined
  );
}

/** A day without a clock time: "Monday", "March 3", "yesterday". */
function isPlainDay(m: Meaning): boolean {
  if (m.kind === 'calendar')
    return (m.day !== undefined || m.weekday !== undefined) && m.hour === undefined;
  return m.kind === 'relative' && m.unit === 'day' && m.hour === undefined;
}

/**
 * "arrested at 3:30 p.m. on Monday": the clock time falls on the day named after it,
 * not on the last day mentioned before. TimeML tags the two apart (the preposition
 * is in neither), so the spans stay as they are and only the time's day is read
 * from its neighbour. Runs after merging, so "on Monday, March 13" is whole.
 */
export const timeOnDay: Refiner = {
  name: 'time-on-day',
  refine: (candidates, { text, trace }) =>
    candidates.map((c, i): Candidate => {
      const next = candidates[i + 1];
      if (!next || !isClockOnly(c) || !isPlainDay(next.meaning)) return c;
      if (!ON.test(text.slice(c.end, next.start))) return c;
      const day = next.meaning;
      if (day.kind === 'literal') return c;
      const clock = { hour: c.meaning.hour, minute: c.meaning.minute, second: c.meaning.second };
      trace('time-on-day', () => `"${text.slice(c.start, next.end)}"`);
      return { ...c, meaning: { ...day, ...clock }, rule: `${c.rule}+time-on-day` };
    }),
};
