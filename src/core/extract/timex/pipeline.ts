import type { Candidate, Recogniser, Refiner, StepContext } from './types.ts';
import { set } from './recognise/set.ts';
import { agoLater } from './recognise/agoLater.ts';
import { numericDate } from './recognise/numericDate.ts';
import { monthDate } from './recognise/monthDate.ts';
import { dayRange } from './recognise/dayRange.ts';
import { quarter } from './recognise/quarter.ts';
import { decade } from './recognise/decade.ts';
import { era } from './recognise/era.ts';
import { season } from './recognise/season.ts';
import { year } from './recognise/year.ts';
import { yearRange } from './recognise/yearRange.ts';
import { weekday } from './recognise/weekday.ts';
import { dayWord } from './recognise/dayWord.ts';
import { relativeUnit } from './recognise/relativeUnit.ts';
import { clockTime } from './recognise/clockTime.ts';
import { clockRange } from './recognise/clockRange.ts';
import { dayPart } from './recognise/dayPart.ts';
import { duration } from './recognise/duration.ts';
import { vagueRef } from './recognise/vagueRef.ts';
import { comparisonPeriod } from './recognise/comparisonPeriod.ts';
import { yearPart } from './recognise/yearPart.ts';
import { weekend } from './recognise/weekend.ts';
import { spokenYear } from './recognise/spokenYear.ts';
import { holiday } from './recognise/holiday.ts';
import { anaphoricDay } from './recognise/anaphoricDay.ts';
import { dayOfMonth } from './recognise/dayOfMonth.ts';
import { overnight } from './recognise/overnight.ts';
import { removeOverlaps } from './refine/removeOverlaps.ts';
import { mergeAdjacent } from './refine/mergeAdjacent.ts';
import { applyModifiers } from './refine/applyModifiers.ts';
import { periodEndingOn } from './refine/periodEndingOn.ts';
import { timeOnDay } from './refine/timeOnDay.ts';
import { partOfDate } from './refine/partOfDate.ts';
import { rangeOnDay } from './refine/rangeOnDay.ts';
import { weekOf } from './refine/weekOf.ts';
import { monthPart } from './refine/monthPart.ts';
import { rangeEnd } from './refine/rangeEnd.ts';

/** A step of the engine: takes the candidates so far, gives the new list. */
export type Step = Refiner;

/** A recogniser as a pipeline step: adds what it finds to the candidates. */
function recognise(r: Recogniser): Step {
  return {
    name: r.name,
    refine: (candidates: Candidate[], ctx: StepContext) => {
      const found = r.find(ctx);
      for (const c of found) ctx.trace(r.name, () => `"${ctx.text.slice(c.start, c.end)}"`);
      return candidates.concat(found);
    },
  };
}

/**
 * The date engine, in order. Recognisers only add candidates; where two overlap with
 * the same length, the one added first wins, so recognisers with the more specific
 * reading of a phrase come first (a rate "a year" before the duration "a year",
 * "two weeks ago" before "two weeks" is decided by length anyway). Refiners then
 * shape the surviving candidates; `normalise` (refine/normalise.ts) runs last, outside
 * this list because it turns candidates into timexes: values, anchors, ids.
 *
 * Normalising reads each candidate against a reference chosen by the reference step
 * (reference.ts), in text order and with its state explicit: the publication date for
 * news, the date the story has reached for a narrative or a backgrounder passage (see
 * `referenceFor` for the rules, and the `reference` lines of a trace for each choice).
 */
export const PIPELINE: readonly Step[] = [
  recognise(set), // before duration: "a year" after an amount is a rate
  recognise(agoLater),
  recognise(numericDate),
  recognise(dayRange), // before month-date: "June 5-7, 2023" gives both ends the year
  recognise(monthDate),
  recognise(quarter),
  recognise(era), // before decade and year: "the 4th century BC", "499 BC" whole
  recognise(decade),
  recognise(spokenYear),
  recognise(holiday),
  recognise(comparisonPeriod),
  recognise(season),
  recognise(weekend), // before relative-unit: "last weekend" is a weekend, not a week
  recognise(weekday),
  recognise(dayWord),
  recognise(anaphoricDay),
  recognise(dayOfMonth),
  recognise(overnight),
  recognise(relativeUnit),
  recognise(yearPart),
  recognise(clockTime),
  recognise(clockRange), // after clock-time: "2" in "between 2 and 4 p.m." is its only reading
  recognise(dayPart), // after the day steps: "Tuesday morning" is theirs, whole
  recognise(duration),
  recognise(vagueRef),
  recognise(yearRange), // before year: "2020-21" is two years, not one
  recognise(year), // last: a bare number is a year only where nothing else reads it
  removeOverlaps,
  mergeAdjacent, // needs neighbours in text order, without overlaps
  partOfDate, // after merging, so "the evening of January 29, 1960" takes the whole date
  timeOnDay, // after merging, so the day after "on" is whole ("on Monday, March 13")
  rangeOnDay, // after time-on-day: "from 9 a.m. to 5 p.m. on Monday" both on Monday
  rangeEnd, // after merging, so "from Monday, June 1 to Nov. 30" pairs whole days
  monthPart, // after merging, so "the first week of March 2023" takes the year
  weekOf, // after merging, so "the week of Monday, March 6" is whole
  periodEndingOn, // after merging, so the date after "ended" is whole
  applyModifiers, // after merging, so "early Monday, Feb. 25" takes the whole date
];

/** Runs every step of `PIPELINE` over an empty candidate list. */
export function runPipeline(ctx: StepContext): Candidate[] {
  let candidates: Candidate[] = [];
  for (const step of PIPELINE) candidates = step.refine(candidates, ctx);
  return candidates;
}
