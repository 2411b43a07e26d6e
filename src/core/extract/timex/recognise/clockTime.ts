import type { CalendarMeaning, Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

const ZONE = '(?: ?(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST))?';

// "3 p.m.", "10:35 a.m. EST", "7:15pm", "14:30", "noon", "midnight", "six o'clock".
const PATTERN = new RegExp(
  [
    `\\b(\\d{1,2})(?:[:.](\\d{2}))? ?([ap])\\.? ?m\\b\\.?${ZONE}`,
    `\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b(?![:.]\\d)${ZONE}`,
    `\\b(noon|midnight|midday|mid-day)\\b`,
    `\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o['’]clock)?(?: in the (morning|afternoon|evening)| at night)\\b`,
    `\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o['’]clock\\b`,
  ].join('|'),
  'gi',
);

const WORD_HOURS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

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
      // "at 10 p.m. Police said": the dot ends the sentence too; TimeML leaves it out.
      if (text[end - 1] === '.' && /^(?:\s+[A-Z“"]|\s*$)/.test(text.slice(end, end + 2))) end--;
      let hour: number;
      let minute = 0;
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
        // "2:1" scores and "1:30" ratios are rare with two-digit minutes; "0:45" is a duration.
        if (hour === 0 && minute !== 0) return undefined;
      } else if (m[6] !== undefined) {
        hour = m[6].toLowerCase() === 'midnight' ? 24 : 12;
      } else {
        // "4 in the morning", "eight in the evening", "ten at night", "six o'clock"
        const word = (m[7] ?? m[9] ?? '').toLowerCase();
        const index = WORD_HOURS.indexOf(word);
        hour = index >= 0 ? index + 1 : Number(word);
        if (hour < 1 || hour > 12) return undefined;
        const afterNoon = m[8] === 'afternoon' || m[8] === 'evening' || / at night$/.test(m[0]);
        if (m[7] !== undefined && afterNoon && hour < 12) hour += 12;
        if (m[7] !== undefined && m[8] === 'morning' && hour === 12) hour = 0;
      }
      const meaning: CalendarMeaning = { kind: 'calendar', hour, minute };
      return { start, end, type: 'TIME', meaning, rule: 'clock-time' };
    }),
};
