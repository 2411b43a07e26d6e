import type { TimexMod } from '../../../model/index.ts';
import {
  DEFINITE_ARTICLE,
  MODIFIERS_AFTER_OR,
  MODIFIERS_BEFORE,
  OR,
  POSSESSIVE_ENDING,
} from '../../lexicon/en/index.ts';
import { eitherApostrophe, wordsInOrder } from '../../lexicon/pattern.ts';
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
/** An expression opening with "the": "the past two weeks". */
const OPENS_WITH_THE = new RegExp(`^${DEFINITE_ARTICLE}\\b`, 'i');
/** "two weeks", not "the past two weeks", which "over" or "under" only locate. */
const isCountedDuration = (c: Candidate, words: string): boolean =>
  isDuration(c) && !OPENS_WITH_THE.test(words);
const isCountedOrPoint = (c: Candidate): boolean => isDuration(c) || isPointInTime(c);
/** "this year", "yesterday", "Sunday": what "earlier"/"later" can qualify. */
const isCurrentPeriod = (c: Candidate): boolean =>
  (c.meaning.kind === 'relative' && c.meaning.offset >= -1 && c.meaning.offset <= 1) ||
  (c.meaning.kind === 'calendar' && c.meaning.weekday !== undefined);

/** The words right before an expression, ending at it (after a space, or `space`). */
const before = (words: readonly string[], space = '\\s'): RegExp =>
  new RegExp(`\\b(?:${wordsInOrder(words)})${space}$`, 'i');

/** The words right after an expression: " or so", " or more". */
const afterOr = (words: readonly string[]): RegExp =>
  new RegExp(`^\\s${OR} (?:${wordsInOrder(words)})\\b`, 'i');

const W = MODIFIERS_BEFORE;

/** A possessive right after an expression: "Wednesday's ruling". */
const POSSESSIVE_AFTER = new RegExp(`^${eitherApostrophe(POSSESSIVE_ENDING)}\\b`);

// Longest phrasings first within each family. All anchored at the expression's start.
const PREFIXES: readonly Modifier[] = [
  { pattern: before(W.endOf), mod: 'END', applies: isPointInTime },
  { pattern: before(W.startOf), mod: 'START', applies: isPointInTime },
  { pattern: before(W.middleOf, '\\s?'), mod: 'MID', applies: isPointInTime },
  { pattern: before(W.early), mod: 'START', applies: isPointInTime },
  { pattern: before(W.late), mod: 'END', applies: isPointInTime },
  { pattern: before(W.mid, '\\s?'), mod: 'MID', applies: isPointInTime },
  { pattern: before(W.earlier), mod: 'START', applies: isCurrentPeriod },
  { pattern: before(W.later), mod: 'END', applies: isCurrentPeriod },
  {
    pattern: before(W.approximately),
    mod: 'APPROX',
    family: 'quantity',
    applies: isCountedOrPoint,
  },
  { pattern: before(W.atLeast), mod: 'EQUAL_OR_MORE', family: 'quantity', applies: isDuration },
  { pattern: before(W.atMost), mod: 'EQUAL_OR_LESS', family: 'quantity', applies: isDuration },
  {
    pattern: before(W.moreThan),
    // "over the past year" is a preposition: only a counted length can be "over".
    mod: 'MORE_THAN',
    family: 'quantity',
    applies: isCountedDuration,
  },
  {
    pattern: before(W.lessThan),
    mod: 'LESS_THAN',
    family: 'quantity',
    applies: (c, words) => isCountedDuration(c, words) || isPointInTime(c),
  },
];

/**
 * The words of every prefix at once (each prefix's pattern is one of these words, then a
 * space or none, at the end): most expressions have none before them, and one search
 * then spares the thirteen.
 */
const ANY_PREFIX = before(Object.values(W).flat(), '\\s?');

const SUFFIXES: ReadonlyArray<{ pattern: RegExp; mod: TimexMod }> = [
  { pattern: afterOr(MODIFIERS_AFTER_OR.approximately), mod: 'APPROX' },
  { pattern: afterOr(MODIFIERS_AFTER_OR.atLeast), mod: 'EQUAL_OR_MORE' },
  { pattern: afterOr(MODIFIERS_AFTER_OR.atMost), mod: 'EQUAL_OR_LESS' },
  { pattern: afterOr(MODIFIERS_AFTER_OR.onOrAfter), mod: 'ON_OR_AFTER' },
  { pattern: afterOr(MODIFIERS_AFTER_OR.onOrBefore), mod: 'ON_OR_BEFORE' },
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
      const possessive = POSSESSIVE_AFTER.test(text.slice(end, end + 3));
      const before = text.slice(Math.max(previousEnd, start - 30), start);
      for (const m of ANY_PREFIX.test(before) ? PREFIXES : []) {
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
