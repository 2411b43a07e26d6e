import type { CalendarMeaning, Candidate, Meaning, Refiner } from '../types.ts';
import { DAY_PREPOSITION, RELATIVE_TO_DAY } from '../../lexicon/en/index.ts';
import { wordAlternation } from '../../lexicon/pattern.ts';

/** Between a clock time and the day it falls on: "3:30 p.m. ET on Monday". */
const ON = new RegExp(`^,? ${DAY_PREPOSITION} (?:the )?$`);

/** A clock time that names no day of its own. */
export function isClockOnly(c: Candidate): c is Candidate & { meaning: CalendarMeaning } {
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

/**
 * Between a bare part of the day and the day of its clause: "morning raids began on
 * Monday", a few lower-case words and no punctuation, so the day is the same clause's.
 */
const CLAUSE_ON = new RegExp(`^(?: [a-z]+){0,5} ${DAY_PREPOSITION} (?:the )?$`);

/** "the morning after the vote on Tuesday": the day is counted from, not fallen on. */
const RELATIVE_IN_GAP = new RegExp(`\\b(?:${wordAlternation(RELATIVE_TO_DAY)})\\b`);

/** A part of the day that names no day of its own: "early morning", "in the evening". */
function isPartOfDayOnly(c: Candidate): c is Candidate & { meaning: CalendarMeaning } {
  const m = c.meaning;
  return (
    m.kind === 'calendar' &&
    m.partOfDay !== undefined &&
    m.hour === undefined &&
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
 * from its neighbour. Runs after merging, so "on Monday, March 13" is whole. A bare
 * part of the day takes the day of its clause the same way: "early morning raids
 * began on Monday" are Monday's morning, not the last day mentioned before.
 */
export const timeOnDay: Refiner = {
  name: 'time-on-day',
  refine: (candidates, { text, trace }) =>
    candidates.map((c, i): Candidate => {
      const next = candidates[i + 1];
      if (!next || !isPlainDay(next.meaning)) return c;
      const day = next.meaning;
      if (day.kind === 'literal' || day.partOfDay !== undefined) return c;
      const gap = text.slice(c.end, next.start);
      if (isPartOfDayOnly(c) && CLAUSE_ON.test(gap) && !RELATIVE_IN_GAP.test(gap)) {
        trace('time-on-day', () => `"${text.slice(c.start, next.end)}"`);
        const meaning = { ...day, partOfDay: c.meaning.partOfDay };
        return { ...c, meaning, rule: `${c.rule}+time-on-day` };
      }
      if (!isClockOnly(c) || !ON.test(gap)) return c;
      const clock = { hour: c.meaning.hour, minute: c.meaning.minute, second: c.meaning.second };
      trace('time-on-day', () => `"${text.slice(c.start, next.end)}"`);
      return { ...c, meaning: { ...day, ...clock }, rule: `${c.rule}+time-on-day` };
    }),
};
