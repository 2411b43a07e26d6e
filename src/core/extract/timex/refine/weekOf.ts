import {
  DAY_PREPOSITION,
  DEFINITE_ARTICLE,
  OF,
  WEEKEND,
  WEEK_ENDING_VERBS,
  WEEK_WORD,
} from '../../lexicon/en/index.ts';
import { eitherCaseInitial, wordsInOrder } from '../../lexicon/pattern.ts';
import type { Candidate, Refiner } from '../types.ts';

/** Right before a date: "the week of ", "the weekend of ", "the week ending ". */
const WEEK_OF = new RegExp(
  `\\b${eitherCaseInitial(DEFINITE_ARTICLE)} (${WEEK_WORD}|${WEEKEND}) (?:${OF}|(?:${wordsInOrder(WEEK_ENDING_VERBS)})(?: ${DAY_PREPOSITION})?) $`,
);

/**
 * "a hearing the week of March 6", "the weekend of June 8": the week (or weekend)
 * holding that day, `2023-W10` or `2023-W23-WE`. "claims in the week ending May 11"
 * is the week that day closes, which for a Friday to Sunday is its ISO week. The words before the date join its
 * span, as they name the period. Runs after merging, so "the week of Monday, March 6"
 * is whole.
 */
export const weekOf: Refiner = {
  name: 'week-of',
  refine: (candidates, { text, trace }) =>
    candidates.map((c): Candidate => {
      const m = c.meaning;
      if (m.kind !== 'calendar' || m.month === undefined || m.day === undefined) return c;
      if (m.hour !== undefined) return c;
      const hit = WEEK_OF.exec(text.slice(Math.max(0, c.start - 24), c.start));
      if (!hit) return c;
      const start = c.start - hit[0].length;
      trace('week-of', () => `"${text.slice(start, c.end)}"`);
      const weekend = hit[1] === WEEKEND;
      return {
        ...c,
        start,
        meaning: weekend ? { ...m, weekend: true } : { ...m, week: true },
        rule: `${c.rule}+week-of`,
      };
    }),
};
