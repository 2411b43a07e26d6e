import { partOfDayOf } from '../partOfDay.ts';
import type { Candidate, Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

// A part of the day named on its own: "in the morning", "by mid-afternoon", "late
// evening". With a day ("Tuesday morning", "yesterday afternoon") the day's step reads
// it whole; "the evening of March 3" leaves the date to the date.
const PATTERN = /\b(?:the )?(morning|afternoon|evening)\b/g;

/** What comes right before a bare part of the day that makes it one: "in the", "mid-". */
const BEFORE_THE =
  /\b(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough|[Tt]hroughout|[Ss]ince|into) $/;
const BEFORE_BARE = /\b(?:[Mm]id[- ]?|[Ll]ate |[Ee]arly )$/;

/** Nouns that the part of the day classifies: "morning show", "evening news". */
const NOUN_AFTER =
  /^ (?:show|news|paper|papers|edition|editions|prayers?|session|sessions|rush|commute|commuters|star|sun|light|dew|mist|sickness|person|people|class|classes|shift|shifts|newspaper|bulletin|briefing|meeting|meetings|walk|run|routine|hours|trading)\b/;

/**
 * "Dealers placed orders in the morning", "by mid-afternoon", "in late evening": a part
 * of the day under discussion (the last day mentioned, else the document's), as a
 * clock time is. "early"/"late"/"mid-" are left to the modifier step, which puts them
 * in the span. "the morning show" or "early morning trading" name a kind of thing.
 */
export const dayPart: Recogniser = {
  name: 'day-part',
  find: ({ text }) => [...namedPart(text), ...nightsInGeneral(text)],
};

/**
 * Night as a time things are done, of no one day: "travelled at night", "night
 * attacks", "a night-time retreat" (TimeML `XXXX-XX-XXTNI`).
 */
const NIGHT = /\bnight(-time)?\b/gi;

/** "at night", "by night": night as when things are done. */
const NIGHT_BEFORE = /\b(?:at|by) $/i;

/** What is done by night: "night raids", "night-time retreat". */
const NIGHT_WORK_AFTER =
  /^[- ](?:raids?|attacks?|assaults?|operations?|patrols?|retreats?|march(?:es)?|bombings?|shelling|curfews?|fighting|crossings?)\b/i;

function nightsInGeneral(text: string): Candidate[] {
  return scan(text, NIGHT, (m) => {
    const { start, end } = bounds(m);
    const after = text.slice(end, end + 12);
    const atNight =
      m[1] === undefined &&
      !/^[-\w]/.test(after) &&
      NIGHT_BEFORE.test(text.slice(Math.max(0, start - 3), start));
    if (!atNight && !NIGHT_WORK_AFTER.test(after)) return undefined;
    return {
      start,
      end,
      type: 'TIME',
      meaning: { kind: 'literal', value: 'XXXX-XX-XXTNI' },
      rule: 'day-part-generic',
    };
  });
}

function namedPart(text: string): Candidate[] {
  return scan(text, PATTERN, (m) => {
    const { start, end } = bounds(m);
    const before = text.slice(Math.max(0, start - 11), start);
    const withThe = m[0].startsWith('the ');
    if (!(withThe ? BEFORE_THE : BEFORE_BARE).test(before)) return undefined;
    if (withThe && /^ of\b/.test(text.slice(end, end + 3))) return undefined;
    if (NOUN_AFTER.test(text.slice(end, end + 14))) return undefined;
    const partOfDay = partOfDayOf(m[1]);
    if (!partOfDay) return undefined;
    return {
      start,
      end,
      type: 'TIME',
      meaning: { kind: 'calendar', partOfDay },
      rule: 'day-part',
    };
  });
}
