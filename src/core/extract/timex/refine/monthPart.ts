import type { TimexMod } from '../../../model/index.ts';
import {
  DAY_WORD,
  DEFINITE_ARTICLE,
  FEW,
  MONTH_PART_ORDINALS,
  MONTH_PART_PLURALS,
  OF,
  WEEK_WORD,
} from '../../lexicon/en/index.ts';
import { eitherCaseInitial, wordsInOrder } from '../../lexicon/pattern.ts';
import type { CalendarMeaning, Candidate, Refiner } from '../types.ts';

/** Right before a month: "the first week of ", "the last few days of ". */
const PART_OF = new RegExp(
  `\\b${eitherCaseInitial(DEFINITE_ARTICLE)} (${wordsInOrder(MONTH_PART_ORDINALS.keys())}) (${WEEK_WORD}|${DAY_WORD}|(?:${FEW} )?(?:${wordsInOrder(MONTH_PART_PLURALS)})) ${OF} $`,
);

/** Days in a month; February has 28 unless the year is known to be a leap year. */
function lastDay(month: number, year: number | undefined): number {
  if (month === 2)
    return year !== undefined && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A month named alone, without a day, weekday or clock: "March", "June 2023". */
function isMonth(c: Candidate): c is Candidate & { meaning: CalendarMeaning } {
  const m = c.meaning;
  return (
    m.kind === 'calendar' &&
    m.month !== undefined &&
    m.day === undefined &&
    m.weekday === undefined &&
    m.hour === undefined &&
    m.partOfDay === undefined
  );
}

/**
 * "the first week of March", "the last week of June", "the first days (or weeks) of
 * May", "the last day of June": one
 * expression with the month, as TimeML tags the period the words name. A numbered
 * week is the ISO week holding its first day (the 1st, 8th, ...) and the last week
 * the one holding the month's last day (`2023-W26` for June 2023); days at the start
 * or end of the month are the month with mod START or END, as "early May" is; its
 * first or last day is that day (February's 28th unless the year says 29th). The
 * week or duration the words alone were read as ("the last week", "the first days")
 * gives way to the whole.
 */
export const monthPart: Refiner = {
  name: 'month-part',
  refine: (candidates, { text, trace }) => {
    const grown: Candidate[] = candidates.map((c): Candidate => {
      if (!isMonth(c)) return c;
      const hit = PART_OF.exec(text.slice(Math.max(0, c.start - 32), c.start));
      if (!hit) return c;
      const which = MONTH_PART_ORDINALS.get(hit[1] ?? '') ?? {};
      const start = c.start - hit[0].length;
      const m = c.meaning;
      const month = m.month ?? 1;
      const last = which.place === 'end';
      if (hit[2] === DAY_WORD) {
        // "the first day of March", "the last day of February": that day.
        if (!which.oneDay) return c;
        const day = last ? lastDay(month, m.year) : 1;
        trace('month-part', () => `"${text.slice(start, c.end)}"`);
        return { ...c, start, meaning: { ...m, day }, rule: `${c.rule}+month-part` };
      }
      if (hit[2] === WEEK_WORD) {
        const day = last ? lastDay(month, m.year) : which.weekDay;
        if (day === undefined) return c;
        trace('month-part', () => `"${text.slice(start, c.end)}"`);
        return { ...c, start, meaning: { ...m, day, week: true }, rule: `${c.rule}+month-part` };
      }
      const mod: TimexMod | undefined = last
        ? 'END'
        : which.place === 'start'
          ? 'START'
          : undefined;
      if (!mod) return c;
      trace('month-part', () => `"${text.slice(start, c.end)}"`);
      return { ...c, start, mod, rule: `${c.rule}+month-part` };
    });
    const wider = grown.filter((c, i) => c.start !== candidates[i]?.start);
    if (wider.length === 0) return grown;
    return grown.filter(
      (c) => wider.includes(c) || !wider.some((w) => c.start < w.end && w.start < c.end),
    );
  },
};
