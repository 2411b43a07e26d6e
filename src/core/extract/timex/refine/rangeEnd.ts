import type { CalendarMeaning, Candidate, Refiner } from '../types.ts';
import { RANGE_JOINERS, RUN_VERBS, SPAN_OPENERS } from '../../lexicon/en/index.ts';
import { eitherCaseInitial, wordAlternation } from '../../lexicon/pattern.ts';

/** Between the two ends of a range of days: "from June 1 to Nov. 30", "May 3 through 9". */
const TO = new RegExp(`^ (?:${wordAlternation(RANGE_JOINERS)}) $|^ ?[-–] ?$`);

/** "from " or "between " right before the first end. */
const OPENS_RANGE = new RegExp(
  `\\b(?:${[...SPAN_OPENERS].map(eitherCaseInitial).join('|')}|${wordAlternation(RUN_VERBS)}) $`,
);

/** A day of a month with no year stated or counted: "Nov. 30". */
function isYearlessDay(m: CalendarMeaning): boolean {
  return (
    m.month !== undefined &&
    m.day !== undefined &&
    m.year === undefined &&
    m.yearOffset === undefined &&
    m.holiday === undefined
  );
}

/**
 * "The season runs from June 1 to Nov. 30": the second end of a range is in the
 * first end's year (the next one when its month comes earlier: "from Dec. 1 to
 * Jan. 15"), however the clause's tense would read a year-less day alone. The
 * spans stay apart, as TimeML tags each end.
 */
export const rangeEnd: Refiner = {
  name: 'range-end',
  refine: (candidates, { text, trace }) =>
    candidates.map((c, i): Candidate => {
      const first = candidates[i - 1];
      if (!first || i === 0) return c;
      const a = first.meaning;
      const b = c.meaning;
      if (a.kind !== 'calendar' || b.kind !== 'calendar') return c;
      if (a.month === undefined || a.day === undefined || !isYearlessDay(b)) return c;
      if (a.hour !== undefined || b.hour !== undefined) return c;
      if (!TO.test(text.slice(first.end, c.start))) return c;
      if (!OPENS_RANGE.test(text.slice(Math.max(0, first.start - 8), first.start))) return c;
      trace('range-end', () => `"${text.slice(first.start, c.end)}"`);
      const meaning: CalendarMeaning = {
        ...b,
        yearOfPrevious: true,
        yearShift: (b.month ?? 0) < a.month ? 1 : undefined,
      };
      return { ...c, meaning, rule: `${c.rule}+range-end` };
    }),
};
