import type { Timex } from '../../model/index.ts';
import type { Range } from './range.ts';
import { eventInterval } from '../../calendar/interval.ts';
import {
  clockTimeOf,
  isClockDuration,
  parseTimexDuration,
  timexValueToPoint,
} from './timexPoint.ts';
import { createWordReader, plainWordReader, type WordReader } from '../grammar/tokens.ts';
import { eventNounClass } from './words.ts';

/** How a temporal expression dates the happening around it. */
export type AnchorRole = 'date' | 'clock' | 'offset' | 'length';

/** Words after a duration that make it an offset from another happening. */
const OFFSET_WORDS = new Set(['after', 'before', 'later', 'earlier', 'afterwards', 'afterward']);
const SELF_REFERENCE = /^(?:this|the) (?:article|story|piece|post|report|version)\b/i;

/** How far before "this year" an ordinal may count happenings: "the third rally organized this year". */
const ORDINAL_REACH = 80;
const ORDINALS =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))\b/i;

/** True when an event noun follows within two words: "the May 3 vote". */
function eventNounAfter(text: string, end: number, words: WordReader): boolean {
  const following = words(end, Math.min(text.length, end + 40));
  return following.slice(0, 2).some((w) => eventNounClass(w) !== undefined);
}

/** The word right after an expression ("after" in "two weeks after"), lower case. */
export function wordAfter(
  text: string,
  end: number,
  words: WordReader = plainWordReader(text),
): string | undefined {
  return words(end, Math.min(text.length, end + 40))[0]?.lower;
}

/**
 * What role an expression plays for the happening around it, or undefined when it
 * dates nothing by itself:
 * - `date`: a calendar date ("February 25", "last month");
 * - `clock`: a time of day ("at noon");
 * - `offset`: a distance from another happening ("two weeks after", "a week later");
 * - `length`: the length of one happening ("the two-hour rally").
 * Sets ("weekly") and vague references ("recently") date nothing specific. A current
 * year used to count happenings ("the third rally this year") frames, not dates.
 */
export function anchorRole(
  timex: Timex,
  text: string,
  sentence: Range,
  documentDate: string,
  words: WordReader = plainWordReader(text),
): AnchorRole | undefined {
  if (timex.type === 'SET') return undefined;
  if (timex.type === 'DURATION') {
    const parts = parseTimexDuration(timex.value);
    if (!parts) return undefined;
    const next = wordAfter(text, timex.span.end, words);
    // "for three weeks after the march" is a length that starts at the march, not an offset.
    const isLength = /\bfor\s+(\S+\s+)?$/i.test(
      text.slice(Math.max(0, timex.span.start - 20), timex.span.start),
    );
    if (next !== undefined && OFFSET_WORDS.has(next) && !isLength) return 'offset';
    if (isClockDuration(parts)) {
      const following = words(timex.span.end, Math.min(text.length, timex.span.end + 40));
      if (following.slice(0, 2).some((w) => eventNounClass(w) !== undefined)) return 'length';
    }
    return undefined;
  }
  // "for the first time since 2018" frames a period; it dates no happening
  // (but "since November’s floods" names one).
  const namesHappening =
    /^['’]s\b/.test(text.slice(timex.span.end)) || eventNounAfter(text, timex.span.end, words);
  if (
    /\bsince\s+$/i.test(text.slice(Math.max(0, timex.span.start - 8), timex.span.start)) &&
    !namesHappening
  )
    return undefined;
  // "This article was amended on …": the piece speaking of itself, not the story.
  if (SELF_REFERENCE.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40))))
    return undefined;
  const point = timexValueToPoint(timex.value, timex.mod);
  if (!point) return timex.type === 'TIME' && clockTimeOf(timex.value) ? 'clock' : undefined;
  if (timex.type === 'TIME' && point.precision === 'minute') return 'clock';
  const coarse =
    point.precision === 'year' || point.precision === 'decade' || point.precision === 'century';
  const lead = text.slice(
    Math.max(sentence.start, timex.span.start - ORDINAL_REACH),
    timex.span.start,
  );
  if (coarse && ORDINALS.test(lead)) {
    const doc = eventInterval({
      start: { value: documentDate, precision: 'day', approximate: false },
    });
    const span = eventInterval({ start: point });
    if (span.start <= doc.start && doc.start < span.end) return undefined;
  }
  return 'date';
}

/** The role of an expression in a sentence of one text ({@link anchorRole}). */
export type AnchorRoleReader = (timex: Timex, sentence: Range) => AnchorRole | undefined;

/**
 * {@link anchorRole} over one text and document date, each expression and sentence read
 * once: several steps ask again for the role of a draft's anchor. One per extraction.
 */
export function createAnchorRoleReader(
  text: string,
  documentDate: string,
  words: WordReader = createWordReader(text),
): AnchorRoleReader {
  const read = new Map<Timex, Map<string, AnchorRole | undefined>>();
  return (timex, sentence) => {
    let bySentence = read.get(timex);
    if (!bySentence) {
      bySentence = new Map();
      read.set(timex, bySentence);
    }
    const key = `${sentence.start}:${sentence.end}`;
    if (bySentence.has(key)) return bySentence.get(key);
    const role = anchorRole(timex, text, sentence, documentDate, words);
    bySentence.set(key, role);
    return role;
  };
}
