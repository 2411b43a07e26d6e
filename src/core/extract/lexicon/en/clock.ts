/*
 * English words of clock times: named hours ("noon"), zone names ("Eastern Standard
 * Time"), the words of a 24-hour time ("2100 hours") and the words before a clock
 * time. Kept apart from the rule that uses them (timex/recognise/clockTime.ts), so
 * that another language adds its own lists beside these.
 */

/** Hours said by name, and the hour each is (midnight ends the day: 24). */
export const NAMED_HOURS: ReadonlyMap<string, number> = new Map([
  ['noon', 12],
  ['midnight', 24],
  ['midday', 12],
  ['mid-day', 12],
]);

/** "High Noon", "high noon for the talks": the word that makes noon a title or a showdown. */
export const HIGH = 'high';

/** Zone names after a clock time: "8 p.m. Eastern", "9 a.m. Pacific Standard Time". */
export const ZONE_NAMES: readonly string[] = ['Eastern', 'Central', 'Mountain', 'Pacific'];

/** Words between a zone name and "time": "Eastern Standard Time", "Pacific Daylight Time". */
export const ZONE_KINDS: readonly string[] = ['Standard', 'Daylight'];

/** The word ending a zone's name: "Eastern Time". */
export const TIME_WORD = 'time';

/** "9 p.m. local time": the zone of the place told. */
export const LOCAL_TIME = 'local time';

/** Words after a 24-hour time: "2100 hours", "0735 hrs". */
export const HOURS_WORDS: readonly string[] = ['hours', 'hrs', 'h'];

/** Parts of the day after a clock hour that put it after noon: "eight in the evening". */
export const AFTER_NOON_PARTS: readonly string[] = ['afternoon', 'evening'];

/** The part of the day after a clock hour that puts twelve at its start: "twelve in the morning". */
export const MORNING = 'morning';

/** Words right before a clock time that make "2100 hours" a time, not a count: "at 2100 hours". */
export const CLOCK_TIME_CUES: readonly string[] = [
  'at',
  'by',
  'until',
  'till',
  'from',
  'to',
  'before',
  'after',
  'around',
  'about',
  'since',
];
