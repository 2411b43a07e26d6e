import {
  DAY_PARTS,
  DEFINITE_ARTICLE,
  HOURS_WORD,
  OF,
  PART_OF_DAY_POSITIONS,
  POSITION_IN,
} from '../../lexicon/en/index.ts';
import { wordsInOrder } from '../../lexicon/pattern.ts';
import { partOfDayOf } from '../partOfDay.ts';
import type { Candidate, Refiner } from '../types.ts';

/**
 * "the morning of 31 January", "early in the morning of 29 April", "the night of May
 * 13", "the early morning hours of November 1": a part of the day named by its date,
 * right before the date.
 */
const POSITION = wordsInOrder(PART_OF_DAY_POSITIONS);
const PART_OF_BEFORE = new RegExp(
  `\\b((?:(?:${POSITION}) ${POSITION_IN} )?${DEFINITE_ARTICLE} (?:(?:${POSITION}) )?(${wordsInOrder(DAY_PARTS)})(?: ${HOURS_WORD})? ${OF} )$`,
  'i',
);

/** A date with day precision and no time: "31 January 1965", "May 13". */
function isDayWithoutTime(c: Candidate): boolean {
  const m = c.meaning;
  return (
    m.kind === 'calendar' &&
    m.day !== undefined &&
    m.month !== undefined &&
    m.hour === undefined &&
    m.partOfDay === undefined
  );
}

/**
 * Puts a part of the day named "of" a date into the date's expression, as one TIME:
 * "the evening of January 29, 1960" → `1960-01-29TEV`. The date stays what it was.
 */
export const partOfDate: Refiner = {
  name: 'part-of-date',
  refine: (candidates, { text, trace }) =>
    candidates.map((c): Candidate => {
      if (c.meaning.kind !== 'calendar' || !isDayWithoutTime(c)) return c;
      const m = PART_OF_BEFORE.exec(text.slice(Math.max(0, c.start - 48), c.start));
      const part = partOfDayOf(m?.[2]);
      if (!m || !part) return c;
      const start = c.start - m[1]!.length;
      trace('part-of-date', () => `"${text.slice(start, c.end)}"`);
      return {
        ...c,
        start,
        type: 'TIME',
        meaning: { ...c.meaning, partOfDay: part },
        rule: `${c.rule}+part-of-date`,
      };
    }),
};
