import type { Candidate, Refiner } from '../types.ts';

const ENDING = /^ (?:that |which )?(?:ended|ending|ends|closed|through) $/;

/**
 * "the quarter ended Sept. 30": the quarter is the one holding that day, not the
 * latest one before the document date. Rewrites the quarter to the quarter of the
 * following date (whose year, when missing, is resolved the same way later).
 */
export const periodEndingOn: Refiner = {
  name: 'period-ending-on',
  refine: (candidates, { text, trace }) =>
    candidates.map((c, i): Candidate => {
      const next = candidates[i + 1];
      const isQuarter = c.meaning.kind === 'relative' && c.meaning.unit === 'quarter';
      if (!isQuarter || !next || next.meaning.kind !== 'calendar') return c;
      const { month, year } = next.meaning;
      if (month === undefined || !ENDING.test(text.slice(c.end, next.start))) return c;
      trace('period-ending-on', () => `"${text.slice(c.start, next.end)}"`);
      return {
        ...c,
        meaning: { kind: 'calendar', quarter: Math.ceil(month / 3), year },
        rule: `${c.rule}+period-ending-on`,
      };
    }),
};
