import type { Candidate, Refiner } from '../types.ts';
import { PERIOD_END_RELATIVES, PERIOD_END_VERBS } from '../../lexicon/en/index.ts';
import { wordAlternation } from '../../lexicon/pattern.ts';

const ENDING = new RegExp(
  `^ (?:(?:${wordAlternation(PERIOD_END_RELATIVES)}) )?(?:${wordAlternation(PERIOD_END_VERBS)}) $`,
);

/**
 * "the quarter ended Sept. 30": the quarter is the one holding that day, not the
 * latest one before the document date. Rewrites the quarter to the quarter of the
 * following date (whose year, when missing, is resolved the same way later).
 * "The fiscal fourth quarter ended June 30" keeps its label but takes the year of the
 * day it ended: a past verb in July is about the quarter just closed, not one a year
 * back.
 */
export const periodEndingOn: Refiner = {
  name: 'period-ending-on',
  refine: (candidates, { text, trace }) =>
    candidates.map((c, i): Candidate => {
      const next = candidates[i + 1];
      if (!next || next.meaning.kind !== 'calendar') return c;
      const { month, day, year } = next.meaning;
      if (month === undefined || !ENDING.test(text.slice(c.end, next.start))) return c;
      const yearOfDay = year === undefined && day !== undefined ? { month, day } : undefined;
      const m = c.meaning;
      if (m.kind === 'relative' && m.unit === 'quarter') {
        trace('period-ending-on', () => `"${text.slice(c.start, next.end)}"`);
        return {
          ...c,
          meaning: { kind: 'calendar', quarter: Math.ceil(month / 3), year, yearOfDay },
          rule: `${c.rule}+period-ending-on`,
        };
      }
      const namedPeriod =
        m.kind === 'calendar' &&
        (m.quarter !== undefined || m.half !== undefined) &&
        m.year === undefined &&
        m.yearOffset === undefined &&
        m.yearShift === undefined;
      if (!namedPeriod) return c;
      trace('period-ending-on', () => `year of "${text.slice(c.start, next.end)}"`);
      return { ...c, meaning: { ...m, year, yearOfDay } };
    }),
};
