import type { TimexMod } from '../../../model/index.ts';
import type { Candidate, Refiner } from '../types.ts';

interface Modifier {
  /** Matches the words right before the expression (the regex ends at the expression). */
  pattern: RegExp;
  mod: TimexMod;
  /** Quantity words ("about", "over") are prepositions before a possessive. */
  family?: 'quantity';
  /** Which candidates it may modify. */
  applies: (c: Candidate, words: string) => boolean;
}

const isDuration = (c: Candidate): boolean => c.type === 'DURATION';
const isPointInTime = (c: Candidate): boolean =>
  (c.type === 'DATE' || c.type === 'TIME') && c.meaning.kind !== 'literal';
/** "two weeks", not "the past two weeks", which "over" or "under" only locate. */
const isCountedDuration = (c: Candidate, words: string): boolean =>
  isDuration(c) && !/^the\b/i.test(words);
const isCountedOrPoint = (c: Candidate): boolean => isDuration(c) || isPointInTime(c);
/** "this year", "yesterday", "Sunday": what "earlier"/"later" can qualify. */
const isCurrentPeriod = (c: Candidate): boolean =>
  (c.meaning.kind === 'relative' && c.meaning.offset >= -1 && c.meaning.offset <= 1) ||
  (c.meaning.kind === 'calendar' && c.meaning.weekday !== undefined);

// Longest phrasings first within each family. All anchored at the expression's start.
const PREFIXES: readonly Modifier[] = [
  { pattern: /\b(?:the (?:very )?end of|the close of)\s$/i, mod: 'END', applies: isPointInTime },
  {
    pattern: /\b(?:the (?:very )?beginning of|the start of|the dawn of)\s$/i,
    mod: 'START',
    applies: isPointInTime,
  },
  { pattern: /\b(?:the middle of|the mid-?)\s?$/i, mod: 'MID', applies: isPointInTime },
  { pattern: /\b(?:the early|early)\s$/i, mod: 'START', applies: isPointInTime },
  { pattern: /\b(?:the late|late)\s$/i, mod: 'END', applies: isPointInTime },
  { pattern: /\bmid-?\s?$/i, mod: 'MID', applies: isPointInTime },
  { pattern: /\bearlier\s$/i, mod: 'START', applies: isCurrentPeriod },
  { pattern: /\blater\s$/i, mod: 'END', applies: isCurrentPeriod },
  {
    pattern: /\b(?:about|around|approximately|roughly|circa|an estimated|some)\s$/i,
    mod: 'APPROX',
    family: 'quantity',
    applies: isCountedOrPoint,
  },
  {
    pattern: /\b(?:at least|no less than|as much as|as long as|as many as)\s$/i,
    mod: 'EQUAL_OR_MORE',
    family: 'quantity',
    applies: isDuration,
  },
  {
    pattern: /\b(?:at most|no more than|up to|as little as|not more than)\s$/i,
    mod: 'EQUAL_OR_LESS',
    family: 'quantity',
    applies: isDuration,
  },
  {
    pattern: /\b(?:more than|longer than|well over|just over|upwards of|over)\s$/i,
    // "over the past year" is a preposition: only a counted length can be "over".
    mod: 'MORE_THAN',
    family: 'quantity',
    applies: isCountedDuration,
  },
  {
    pattern: /\b(?:less than|fewer than|shorter than|just under|under|nearly|almost)\s$/i,
    mod: 'LESS_THAN',
    family: 'quantity',
    applies: (c, words) => isCountedDuration(c, words) || isPointInTime(c),
  },
];

const SUFFIXES: ReadonlyArray<{ pattern: RegExp; mod: TimexMod }> = [
  { pattern: /^\sor so\b/i, mod: 'APPROX' },
  { pattern: /^\sor (?:more|longer)\b/i, mod: 'EQUAL_OR_MORE' },
  { pattern: /^\sor (?:less|fewer)\b/i, mod: 'EQUAL_OR_LESS' },
  { pattern: /^\sor (?:later|after)\b/i, mod: 'ON_OR_AFTER' },
  { pattern: /^\sor (?:earlier|before)\b/i, mod: 'ON_OR_BEFORE' },
];

/**
 * Reads the words around an expression that qualify it, and takes them into the span
 * as TimeML does: "less than two weeks" (LESS_THAN), "about 400 years", "early
 * March" (START), "the end of 1994" (END), "mid-1996" (MID), "a decade or so" (APPROX).
 */
export const applyModifiers: Refiner = {
  name: 'apply-modifiers',
  refine: (candidates, { text, trace }) => {
    let previousEnd = 0;
    return candidates.map((c, i) => {
      const nextStart = candidates[i + 1]?.start ?? text.length;
      let { start, end } = c;
      let mod = c.mod;
      // "around Wednesday's ruling": before a possessive the word is a preposition.
      const possessive = /^['’]s\b/.test(text.slice(end, end + 3));
      const before = text.slice(Math.max(previousEnd, start - 30), start);
      for (const m of PREFIXES) {
        const hit = m.pattern.exec(before);
        if (
          hit &&
          !(possessive && m.family === 'quantity') &&
          m.applies(c, text.slice(c.start, c.end))
        ) {
          start -= hit[0].length;
          mod = m.mod;
          // "about two years ago", "nearly a decade": one more modifier may stack ("the late").
          break;
        }
      }
      const after = text.slice(end, Math.min(nextStart, end + 14));
      for (const m of SUFFIXES) {
        const hit = m.pattern.exec(after);
        if (hit) {
          end += hit[0].length;
          mod = mod ?? m.mod;
          break;
        }
      }
      previousEnd = end;
      if (start === c.start && end === c.end) return c;
      trace('apply-modifiers', () => `${mod ?? ''} "${text.slice(start, end)}"`);
      return { ...c, start, end, mod };
    });
  },
};
