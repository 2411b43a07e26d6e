import { CLOCK_HOUR_WORDS, clockCueBefore } from '../../lexicon/en/index.ts';
import { wordsInOrder } from '../../lexicon/pattern.ts';
import type { CalendarMeaning, Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

// The time zone after a clock time belongs to it: "3:30 p.m. ET", "10 a.m. GMT+2",
// "9 p.m. local time", "8 p.m. Eastern". Checked for capitals in code (the pattern is
// case-insensitive for "P.M.").
const ZONE =
  '(?: ?(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|IST|JST|KST|HKT|SGT|AEST|AEDT|MSK)(?:[+-]\\d{1,2})?\\b| local time\\b| (?:Eastern|Central|Mountain|Pacific)(?: (?:Standard |Daylight )?[Tt]ime)?\\b)?';

/** A zone as the pattern matched it, at the end of the match. */
const ZONE_AT_END =
  /(?: ?[A-Za-z]{1,4}(?:[+-]\d{1,2})?| local time| [A-Za-z]+(?: (?:Standard |Daylight )?[Tt]ime)?)$/;

/** The hours in words: "six o'clock". */
const HOURS = wordsInOrder(CLOCK_HOUR_WORDS);

// "3 p.m.", "10:35 a.m. EST", "7:15pm", "14:30", "noon", "midnight", "six o'clock".
const PATTERN = new RegExp(
  '\\b(?:' +
    [
      `\\b(\\d{1,2})(?:[:.](\\d{2}))? ?([ap])\\.? ?m\\b\\.?${ZONE}`,
      // With seconds ("10:32:15 GMT") only where it reads as a clock (see below).
      `(?<![:.\\d])\\b([01]?\\d|2[0-3]):([0-5]\\d)(?::[0-5]\\d)?\\b(?![:.]\\d)${ZONE}`,
      `\\b(noon|midnight|midday|mid-day)\\b${ZONE}`,
      `\\b(\\d{1,2}|${HOURS})(?: o['’]clock)?(?: in the (morning|afternoon|evening)| at night)\\b`,
      `\\b(\\d{1,2}|${HOURS}) o['’]clock\\b`,
      // Wire copy's 24-hour times: "0735 GMT", "1430 local time", "2100 hours".
      `\\b([01]\\d|2[0-3])([0-5]\\d) ?(?:GMT|UTC|Z|local time|hours|hrs|h)\\b`,
    ].join('|') +
    ')',
  'gi',
);

/**
 * The match without a zone that is not written as one: "9 a.m. wet roads" has no zone;
 * "ET", "GMT+2", "local time" and "Eastern time" keep theirs.
 */
function withoutLowerCaseZone(matched: string): string {
  const zone = ZONE_AT_END.exec(matched);
  if (!zone) return matched;
  // No zone at all when the match ends in the clock time itself: "3 pm", "noon".
  const core = matched.slice(0, zone.index);
  if (!/(?:\d|[ap]\.? ?m\b\.?|noon|midnight|midday|mid-day)$/i.test(core)) return matched;
  if (/^ ?[ap]\.? ?m\.?$/i.test(zone[0])) return matched;
  const words = zone[0].trim();
  const written =
    /^[A-Z]{1,4}(?:[+-]\d{1,2})?$/.test(words) ||
    words === 'local time' ||
    /^(?:Eastern|Central|Mountain|Pacific)\b/.test(words);
  return written ? matched : matched.slice(0, matched.length - zone[0].length);
}

/**
 * Clock times: "3 p.m." → 15:00, "10:35 a.m. EST", "noon" → 12:00, "midnight" → 24:00.
 * The day they fall on is left to the resolver (the last day mentioned, or the
 * document date).
 */
export const clockTime: Recogniser = {
  name: 'clock-time',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start } = bounds(m);
      let { end } = bounds(m);
      if (m[6] !== undefined && /^high$/i.test(text.slice(Math.max(0, start - 5), start - 1)))
        return undefined; // "High Noon", "high noon for the talks": a title or a showdown
      if (m[1] !== undefined || m[4] !== undefined || m[6] !== undefined)
        end = start + withoutLowerCaseZone(m[0]).length;
      // "at 10 p.m. Police said": the dot ends the sentence too; TimeML leaves it out.
      if (text[end - 1] === '.' && /^(?:\s+[A-Z“"]|\s*$)/.test(text.slice(end, end + 2))) end--;
      let hour: number;
      let minute = 0;
      let second: number | undefined;
      if (m[1] !== undefined) {
        hour = Number(m[1]);
        minute = m[2] !== undefined ? Number(m[2]) : 0;
        if (hour < 1 || hour > 12 || minute > 59) return undefined;
        const pm = (m[3] ?? '').toLowerCase() === 'p';
        if (pm && hour < 12) hour += 12;
        if (!pm && hour === 12) hour = 0;
      } else if (m[4] !== undefined) {
        hour = Number(m[4]);
        minute = Number(m[5]);
        const seconds = /^\d{1,2}:\d{2}:(\d{2})/.exec(m[0]);
        if (seconds) {
          // "struck at 10:32:15 GMT" is a clock; "finishing in 3:07:35" is a race time,
          // which the duration step reads.
          const zoned = end - start > seconds[0].length;
          if (!zoned && !clockCueBefore(text, start)) return undefined;
          second = Number(seconds[1]);
        }
        // "2:1" scores and "1:30" ratios are rare with two-digit minutes; "0:45" is a duration.
        if (hour === 0 && minute !== 0) return undefined;
      } else if (m[10] !== undefined) {
        // "0735 GMT" in capitals; "at 2100 hours" is a time, "1500 hours of work" a count.
        if (!/(?:GMT|UTC|Z|local time|hours|hrs|h)$/.test(m[0])) return undefined;
        if (
          /(?:hours|hrs|h)$/.test(m[0]) &&
          !/\b(?:at|by|until|till|from|to|before|after|around|about|since)\s$/i.test(
            text.slice(Math.max(0, start - 7), start),
          )
        )
          return undefined;
        hour = Number(m[10]);
        minute = Number(m[11]);
      } else if (m[6] !== undefined) {
        hour = m[6].toLowerCase() === 'midnight' ? 24 : 12;
      } else {
        // "4 in the morning", "eight in the evening", "ten at night", "six o'clock"
        const word = (m[7] ?? m[9] ?? '').toLowerCase();
        const index = CLOCK_HOUR_WORDS.indexOf(word);
        hour = index >= 0 ? index + 1 : Number(word);
        if (hour < 1 || hour > 12) return undefined;
        const afterNoon = m[8] === 'afternoon' || m[8] === 'evening' || / at night$/.test(m[0]);
        if (m[7] !== undefined && afterNoon && hour < 12) hour += 12;
        if (m[7] !== undefined && m[8] === 'morning' && hour === 12) hour = 0;
      }
      const meaning: CalendarMeaning = { kind: 'calendar', hour, minute, second };
      return { start, end, type: 'TIME', meaning, rule: 'clock-time' };
    }),
};
