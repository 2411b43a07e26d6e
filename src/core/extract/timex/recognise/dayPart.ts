import { partOfDayOf } from '../partOfDay.ts';
import {
  DAYTIME_PARTS,
  DEFINITE_ARTICLE,
  INTO,
  MID,
  NIGHT,
  NIGHT_BEFORE_WORDS,
  NIGHT_WORK,
  OF,
  PART_OF_DAY_BEFORE_THE,
  PART_OF_DAY_NOUNS,
  PART_OF_DAY_POSITIONS,
  TIME_SUFFIX,
} from '../../lexicon/en/index.ts';
import { eitherCaseInitial, wordAlternation, wordsInOrder } from '../../lexicon/pattern.ts';
import type { Candidate, Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

// A part of the day named on its own: "in the morning", "by mid-afternoon", "late
// evening". With a day ("Tuesday morning", "yesterday afternoon") the day's step reads
// it whole; "the evening of March 3" leaves the date to the date.
const PATTERN = new RegExp(`\\b(?:${DEFINITE_ARTICLE} )?(${wordsInOrder(DAYTIME_PARTS)})\\b`, 'g');

/** What comes right before a bare part of the day that makes it one: "in the", "mid-". */
const BEFORE_THE = new RegExp(
  `\\b(?:${[...PART_OF_DAY_BEFORE_THE.map(eitherCaseInitial), INTO].join('|')}) $`,
);
const BEFORE_BARE = new RegExp(
  `\\b(?:${eitherCaseInitial(MID)}[- ]?|${PART_OF_DAY_POSITIONS.map((w) => `${eitherCaseInitial(w)} `).join('|')})$`,
);

/** "the evening of March 3": the date's. */
const OF_AFTER = new RegExp(`^ ${OF}\\b`);

/** Nouns that the part of the day classifies: "morning show", "evening news". */
const NOUN_AFTER = new RegExp(`^ (?:${wordAlternation(PART_OF_DAY_NOUNS)})\\b`);

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
const NIGHT_WORD = new RegExp(`\\b${NIGHT}(${TIME_SUFFIX})?\\b`, 'gi');

/** "at night", "by night": night as when things are done. */
const NIGHT_BEFORE = new RegExp(`\\b(?:${wordsInOrder(NIGHT_BEFORE_WORDS)}) $`, 'i');

/** What is done by night: "night raids", "night-time retreat". */
const NIGHT_WORK_AFTER = new RegExp(`^[- ](?:${wordAlternation(NIGHT_WORK)})\\b`, 'i');

function nightsInGeneral(text: string): Candidate[] {
  return scan(text, NIGHT_WORD, (m) => {
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
    const withThe = m[0].startsWith(`${DEFINITE_ARTICLE} `);
    if (!(withThe ? BEFORE_THE : BEFORE_BARE).test(before)) return undefined;
    if (withThe && OF_AFTER.test(text.slice(end, end + 3))) return undefined;
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
