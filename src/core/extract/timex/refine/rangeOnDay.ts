import type { Refiner } from '../types.ts';
import { RANGE_JOINERS } from '../../lexicon/en/index.ts';
import { wordAlternation } from '../../lexicon/pattern.ts';
import { isClockOnly } from './timeOnDay.ts';

/** Between the two ends of a range of clock times: "between 2 and 4 p.m.". */
const RANGE = new RegExp(`^ (?:${wordAlternation(RANGE_JOINERS)}) $|^ ?[-–] ?$`);

/**
 * "open between 2 and 4 p.m. on Sunday", "from 9 a.m. to 5 p.m. on Monday": the first
 * end of a range falls on the day the second end was put on by `timeOnDay`. Runs
 * right after it; right to left, so a chain of ends all reach the day.
 */
export const rangeOnDay: Refiner = {
  name: 'range-on-day',
  refine: (candidates, { text, trace }) => {
    const out = candidates.slice();
    for (let i = out.length - 2; i >= 0; i--) {
      const c = out[i];
      const next = out[i + 1];
      if (!c || !next || !isClockOnly(c) || next.type !== 'TIME') continue;
      if (!next.rule.includes('time-on-day') && !next.rule.includes('range-on-day')) continue;
      if (!RANGE.test(text.slice(c.end, next.start))) continue;
      const m = next.meaning;
      if (m.kind === 'literal') continue;
      const clock = { hour: c.meaning.hour, minute: c.meaning.minute, second: c.meaning.second };
      trace('range-on-day', () => `"${text.slice(c.start, next.end)}"`);
      out[i] = { ...c, meaning: { ...m, ...clock }, rule: `${c.rule}+range-on-day` };
    }
    return out;
  },
};
