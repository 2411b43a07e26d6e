import type { Timex } from '../../model/index.ts';
import type { Range } from './range.ts';
import { intervalOf } from '../../calendar/interval.ts';
import {
  clockTimeOf,
  isClockDuration,
  parseTimexDuration,
  timexValueToPoint,
} from './timexPoint.ts';
import { createWordReader, plainWordReader, type WordReader } from '../grammar/tokens.ts';
import {
  LENGTH_WORDS,
  OFFSET_WORDS,
  ORDINAL_SUFFIXES,
  ORDINAL_WORDS,
  RUN_FRAMES,
  SELF_REFERENCE_NOUNS,
  SELF_REFERENCE_WORDS,
  SINCE_WORDS,
  WITHIN_WORDS,
} from '../lexicon/en/index.ts';
import { wordAlternation } from '../lexicon/pattern.ts';
import { eventNounClass } from './words.ts';

/** How a temporal expression dates the happening around it. */
export type AnchorRole = 'date' | 'clock' | 'offset' | 'length' | 'since' | 'run' | 'deadline';

/** "this article", "the story": the text speaking of itself. */
const SELF_REFERENCE = new RegExp(
  `^(?:${wordAlternation(SELF_REFERENCE_WORDS)}) (?:${wordAlternation(SELF_REFERENCE_NOUNS)})\\b`,
  'i',
);

/** How far before "this year" an ordinal may count happenings: "the third rally organized this year". */
const ORDINAL_REACH = 80;
const ORDINALS = new RegExp(
  `\\b(${wordAlternation(ORDINAL_WORDS)}|\\d+(${wordAlternation(ORDINAL_SUFFIXES)}))\\b`,
  'i',
);
/** "for three weeks": a length, before its duration. */
const LENGTH_BEFORE = new RegExp(`\\b(?:${wordAlternation(LENGTH_WORDS)})\\s+(\\S+\\s+)?$`, 'i');

/** True when an event noun follows within two words: "the May 3 vote". */
function eventNounAfter(text: string, end: number, words: WordReader): boolean {
  const following = words(end, Math.min(text.length, end + 40));
  return following.slice(0, 2).some((w) => eventNounClass(w) !== undefined);
}

/** How far before "since" a word may frame a run: "the first league title for the club since". */
const RUN_FRAME_REACH = 60;

/** The word right before `start` when it is one of `among`. */
export function wordBefore(
  text: string,
  start: number,
  words: WordReader,
  among: ReadonlySet<string>,
): { start: number; end: number; lower: string } | undefined {
  const before = words(Math.max(0, start - 12), start);
  const last = before[before.length - 1];
  if (!last || !among.has(last.lower) || /\S/.test(text.slice(last.end, start))) return undefined;
  return last;
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
 * - `length`: the length of one happening ("the two-hour rally");
 * - `since`: the start of a state that still holds ("have occupied the square since March 4");
 * - `run`: the start of a run the happening ends ("the first title since 1974");
 * - `deadline`: a length that sets a deadline in a plan ("must pay within ten days").
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
    const isLength = LENGTH_BEFORE.test(
      text.slice(Math.max(0, timex.span.start - 20), timex.span.start),
    );
    if (next !== undefined && OFFSET_WORDS.has(next) && !isLength) return 'offset';
    if (timex.tense === 'future' && wordBefore(text, timex.span.start, words, WITHIN_WORDS))
      return 'deadline';
    if (isClockDuration(parts)) {
      const following = words(timex.span.end, Math.min(text.length, timex.span.end + 40));
      if (following.slice(0, 2).some((w) => eventNounClass(w) !== undefined)) return 'length';
    }
    return undefined;
  }
  // "since March 4" opens a state that still holds; "for the first time since 2018"
  // starts a run the happening ends (but "since November’s floods" names a happening).
  const namesHappening =
    /^['’]s\b/.test(text.slice(timex.span.end)) || eventNounAfter(text, timex.span.end, words);
  const since = wordBefore(text, timex.span.start, words, SINCE_WORDS);
  if (since && !namesHappening) {
    const lead = words(Math.max(sentence.start, since.start - RUN_FRAME_REACH), since.start);
    return lead.some((w) => RUN_FRAMES.has(w.lower)) ? 'run' : 'since';
  }
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
    const doc = intervalOf({
      start: { value: documentDate, precision: 'day', approximate: false },
    });
    const span = intervalOf({ start: point });
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
