import {
  ARTICLELESS_PERIODS,
  BOUNDARY_NOUNS,
  DEFINITE_ARTICLE,
  NOT_A_PERIOD_AFTER_UNIT,
  OF,
  PART_OF_PERIOD_NOUNS,
  PERIODS_WITH_PARTS,
  SAME_PERIOD_LEADS,
  SAME_PERIOD_UNITS,
  WHOLE_YEAR_WORDS,
  YEAR_END_WORDS,
  YEAR_WORD,
} from '../../lexicon/en/index.ts';
import {
  eitherApostrophe,
  eitherCaseInitial,
  firstLetters,
  wordsInOrder,
} from '../../lexicon/pattern.ts';
import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

// "year-end", "year's end", "mid-year", "the full year", "the end of the year" (the
// modifier step adds "the end of"), "the end of year", "the rest of the month", "that
// year", "the same day". The leading `\b(?=[…])` holds wherever an alternative can
// match (each starts a word with one of these letters): it changes no match, and lets
// the engine pass over most positions before trying the lookbehinds.
const THE = eitherCaseInitial(DEFINITE_ARTICLE);
const YEAR_END = [...YEAR_END_WORDS.keys()].map((w) => eitherApostrophe(eitherCaseInitial(w)));
/** The letters an alternative's first word starts with, either case where it may be. */
const INITIALS = firstLetters([
  ...[...YEAR_END_WORDS.keys(), DEFINITE_ARTICLE, ...SAME_PERIOD_LEADS].flatMap((w) => [
    w.charAt(0).toUpperCase(),
    w,
  ]),
  ...ARTICLELESS_PERIODS,
]);
const PATTERN = new RegExp(
  `\\b(?=${INITIALS})(?:` +
    [
      `\\b(${YEAR_END.join('|')})\\b`,
      `\\b${THE} (${wordsInOrder(WHOLE_YEAR_WORDS)}) (${YEAR_WORD})\\b`,
      `(?<=\\b(?:${wordsInOrder(PART_OF_PERIOD_NOUNS)}) ${OF} )${THE} (${wordsInOrder(PERIODS_WITH_PARTS)})\\b`,
      // "by the end of year", "the start of month": the article dropped, as headlines and
      // hurried copy drop it; the same period as "the end of the year".
      `(?<=\\b${THE} (?:${wordsInOrder(BOUNDARY_NOUNS)}) ${OF} )(${wordsInOrder(ARTICLELESS_PERIODS)})\\b(?![-’']|\\s+(?:${wordsInOrder(NOT_A_PERIOD_AFTER_UNIT)})\\b)`,
      `\\b(?:${SAME_PERIOD_LEADS.map(eitherCaseInitial).join('|')}) (${wordsInOrder(SAME_PERIOD_UNITS)})\\b`,
    ].join('|') +
    ')',
  'g',
);

/** "mid-year": the middle of the year, where "year-end" is its end. */
function isMiddle(words: string): boolean {
  return YEAR_END_WORDS.get(words.toLowerCase().replace('’', "'")) === 'middle';
}

/**
 * Parts and wholes of the current period, and periods named by reference to the one
 * just mentioned: "year-end" (the year, END), "the full year", "the end of the month",
 * "that year" (the year of the date mentioned last), "the same day".
 */
export const yearPart: Recogniser = {
  name: 'year-part',
  find: ({ text, tenseAt }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      if (m[1] !== undefined) {
        return {
          start,
          end,
          type: 'DATE',
          meaning: { kind: 'relative', unit: 'year', offset: 0, from: 'document' },
          // "by mid-year": the middle of the current year.
          mod: isMiddle(m[1]) ? 'MID' : 'END',
          rule: 'year-end',
        };
      }
      if (m[3] !== undefined || m[4] !== undefined || m[5] !== undefined) {
        const unit = (m[3] ?? m[4] ?? m[5] ?? '') as
          'year' | 'month' | 'week' | 'decade' | 'century';
        // "Sales boomed in the mid-1990s; by the end of the decade ...": told in the past,
        // the period is the one of the date under discussion; else the document's. ("The
        // full year" of a report is the document's.)
        const from = m[3] === undefined && tenseAt(start, end) === 'past' ? 'previous' : 'document';
        return {
          start,
          end,
          type: 'DATE',
          meaning: { kind: 'relative', unit, offset: 0, from },
          rule: 'current-period',
        };
      }
      const unit = (m[6] ?? '') as 'day' | 'week' | 'month' | 'year' | 'decade';
      return {
        start,
        end,
        type: 'DATE',
        meaning: { kind: 'relative', unit, offset: 0, from: 'previous' },
        rule: 'same-period',
      };
    }),
};
