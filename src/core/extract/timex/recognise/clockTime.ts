import {
  AFTER_NOON_PARTS,
  AT,
  CLOCK_HOUR_WORDS,
  CLOCK_TIME_CUES,
  DAYTIME_PARTS,
  DEFINITE_ARTICLE,
  HIGH,
  HOURS_WORDS,
  LOCAL_TIME,
  MORNING,
  NAMED_HOURS,
  NIGHT,
  O_CLOCK,
  POSITION_IN,
  TIME_WORD,
  ZONE_KINDS,
  ZONE_NAMES,
  clockCueBefore,
} from '../../lexicon/en/index.ts';
import { eitherApostrophe, eitherCaseInitial, wordsInOrder } from '../../lexicon/pattern.ts';
import type { CalendarMeaning, Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

// The time zone after a clock time belongs to it: "3:30 p.m. ET", "10 a.m. GMT+2",
// "9 p.m. local time", "8 p.m. Eastern". Checked for capitals in code (the pattern is
// case-insensitive for "P.M.").
const KIND_OF_TIME = `(?: (?:${ZONE_KINDS.map((k) => `${k} `).join('|')})?${eitherCaseInitial(TIME_WORD)})?`;
const ZONE = `(?: ?(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|IST|JST|KST|HKT|SGT|AEST|AEDT|MSK)(?:[+-]\\d{1,2})?\\b| ${LOCAL_TIME}\\b| (?:${wordsInOrder(ZONE_NAMES)})${KIND_OF_TIME}\\b)?`;

/** A zone as the pattern matched it, at the end of the match. */
const ZONE_AT_END = new RegExp(
  `(?: ?[A-Za-z]{1,4}(?:[+-]\\d{1,2})?| ${LOCAL_TIME}| [A-Za-z]+${KIND_OF_TIME})$`,
);

/** A clock time's own end, before any zone: a digit, "p.m.", "noon". */
const CLOCK_END = new RegExp(
  `(?:\\d|[ap]\\.? ?m\\b\\.?|${wordsInOrder(NAMED_HOURS.keys())})$`,
  'i',
);

/** A zone written as a name: "Eastern". */
const ZONE_NAME = new RegExp(`^(?:${wordsInOrder(ZONE_NAMES)})\\b`);

/** "High Noon": a title or a showdown. */
const HIGH_BEFORE = new RegExp(`^${HIGH}$`, 'i');

/** The words a 24-hour time ends in: "0735 GMT", "2100 hours". */
const HOURS = wordsInOrder(HOURS_WORDS);
const TWENTY_FOUR_HOUR_END = new RegExp(`(?:GMT|UTC|Z|${LOCAL_TIME}|${HOURS})$`);
const HOURS_END = new RegExp(`(?:${HOURS})$`);

/** "at 2100 hours": a time; "1500 hours of work": a count. */
const CLOCK_TIME_CUE = new RegExp(`\\b(?:${wordsInOrder(CLOCK_TIME_CUES)})\\s$`, 'i');

/** "ten at night". */
const AT_NIGHT = `${AT} ${NIGHT}`;
const AT_NIGHT_END = new RegExp(` ${AT_NIGHT}$`);
const AFTER_NOON: ReadonlySet<string> = new Set(AFTER_NOON_PARTS);

/** The hours in words: "six o'clock". */
const HOUR_WORDS = wordsInOrder(CLOCK_HOUR_WORDS);
const OCLOCK = eitherApostrophe(O_CLOCK);

// "3 p.m.", "10:35 a.m. EST", "7:15pm", "14:30", "noon", "midnight", "six o'clock".
const PATTERN = new RegExp(
  '\\b(?:' +
    [
      `\\b(\\d{1,2})(?:[:.](\\d{2}))? ?([ap])\\.? ?m\\b\\.?${ZONE}`,
      // With seconds ("10:32:15 GMT") only where it reads as a clock (see below).
      `(?<![:.\\d])\\b([01]?\\d|2[0-3]):([0-5]\\d)(?::[0-5]\\d)?\\b(?![:.]\\d)${ZONE}`,
      `\\b(${wordsInOrder(NAMED_HOURS.keys())})\\b${ZONE}`,
      `\\b(\\d{1,2}|${HOUR_WORDS})(?: ${OCLOCK})?(?: ${POSITION_IN} ${DEFINITE_ARTICLE} (${wordsInOrder(DAYTIME_PARTS)})| ${AT_NIGHT})\\b`,
      `\\b(\\d{1,2}|${HOUR_WORDS}) ${OCLOCK}\\b`,
      // Wire copy's 24-hour times: "0735 GMT", "1430 local time", "2100 hours".
      `\\b([01]\\d|2[0-3])([0-5]\\d) ?(?:GMT|UTC|Z|${LOCAL_TIME}|${HOURS})\\b`,
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
  if (!CLOCK_END.test(core)) return matched;
  if (/^ ?[ap]\.? ?m\.?$/i.test(zone[0])) return matched;
  const words = zone[0].trim();
  const written =
    /^[A-Z]{1,4}(?:[+-]\d{1,2})?$/.test(words) || words === LOCAL_TIME || ZONE_NAME.test(words);
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
      if (m[6] !== undefined && HIGH_BEFORE.test(text.slice(Math.max(0, start - 5), start - 1)))
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
        if (!TWENTY_FOUR_HOUR_END.test(m[0])) return undefined;
        if (HOURS_END.test(m[0]) && !CLOCK_TIME_CUE.test(text.slice(Math.max(0, start - 7), start)))
          return undefined;
        hour = Number(m[10]);
        minute = Number(m[11]);
      } else if (m[6] !== undefined) {
        hour = NAMED_HOURS.get(m[6].toLowerCase()) ?? 12;
      } else {
        // "4 in the morning", "eight in the evening", "ten at night", "six o'clock"
        const word = (m[7] ?? m[9] ?? '').toLowerCase();
        const index = CLOCK_HOUR_WORDS.indexOf(word);
        hour = index >= 0 ? index + 1 : Number(word);
        if (hour < 1 || hour > 12) return undefined;
        const afterNoon = AFTER_NOON.has(m[8] ?? '') || AT_NIGHT_END.test(m[0]);
        if (m[7] !== undefined && afterNoon && hour < 12) hour += 12;
        if (m[7] !== undefined && m[8] === MORNING && hour === 12) hour = 0;
      }
      const meaning: CalendarMeaning = { kind: 'calendar', hour, minute, second };
      return { start, end, type: 'TIME', meaning, rule: 'clock-time' };
    }),
};
