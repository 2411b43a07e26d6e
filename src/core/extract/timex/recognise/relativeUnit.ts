import {
  CALENDAR_UNITS,
  DEFINITE_ARTICLE,
  FISCAL_WORDS,
  LATEST,
  LONG_UNITS,
  NEXT,
  NOT_REPORTED_AFTER,
  OF,
  POSSESSIVE_ENDING,
  POSSESSIVE_UNITS,
  REPORTED_LEADS,
  REPORTED_PERIODS,
  SPAN_WORDS,
  UNDER_DISCUSSION_BEFORE,
  UNDER_DISCUSSION_SHORT_BEFORE,
  UNDER_DISCUSSION_SHORT_UNITS,
  UNIT_LEADS,
  YEAR_WORD,
  durationValue,
} from '../../lexicon/en/index.ts';
import { eitherApostrophe, eitherCaseInitial, wordsInOrder } from '../../lexicon/pattern.ts';
import type { Recogniser, Unit } from '../types.ts';
import { bounds, isQuotedTitle, scan } from './scan.ts';

const THE = eitherCaseInitial(DEFINITE_ARTICLE);
const EITHER = (words: readonly string[]): string => words.map(eitherCaseInitial).join('|');
const PATTERN = new RegExp(
  `(?<!\\w)(?:\\b(?:(${THE}) )?(${wordsInOrder(UNIT_LEADS.keys())}) (?:(?:${wordsInOrder(FISCAL_WORDS)}) (?=${YEAR_WORD}\\b))?(${wordsInOrder(CALENDAR_UNITS.keys())})\\b` +
    `|\\b${THE} (${wordsInOrder(REPORTED_PERIODS)})\\b(?! (?:${wordsInOrder(NOT_REPORTED_AFTER)}))` +
    `|(?<=\\b(?:${EITHER(UNDER_DISCUSSION_BEFORE)}) )${DEFINITE_ARTICLE} (${YEAR_WORD})(?=[,.;:]| ${OF} \\$)` +
    `|(?<=\\b(?:${EITHER(UNDER_DISCUSSION_SHORT_BEFORE)}) )${DEFINITE_ARTICLE} (${wordsInOrder(UNDER_DISCUSSION_SHORT_UNITS)})(?=[,.;:])` +
    `|\\b${THE} (${wordsInOrder(POSSESSIVE_UNITS)})(?=${eitherApostrophe(POSSESSIVE_ENDING)}\\b))`,
  'gi',
);

/** "over the next decade", "during the past century": the preposition spans a length. */
const SPAN_BEFORE = new RegExp(`\\b(?:${wordsInOrder(SPAN_WORDS)})\\s+$`, 'i');

/** "the latest fiscal year": a company's year, whose latest is the last one closed. */
const FISCAL_YEAR = new RegExp(`\\b(?:${wordsInOrder(FISCAL_WORDS)})\\b`, 'i');

const LONG: ReadonlySet<string> = new Set(LONG_UNITS);
const REPORTED: ReadonlySet<string> = new Set(REPORTED_LEADS);

/** Which way "last/next/…" counts, and whether from the document or the previous date. */
function direction(word: string): { offset: number; from: 'document' | 'previous' } {
  return UNIT_LEADS.get(word) ?? { offset: 0, from: 'document' };
}

/**
 * Calendar units counted from a reference: "last month" → the whole previous month
 * (`2012-01`), "next year", "this week" (`2012-W09`), "the following year" (from the
 * date mentioned before), "this fiscal year" (the year). "Over the next decade" is a
 * length (`P10Y`). "The quarter" and "the latest period" in business news are
 * the period the report is about (the one named before it, else the last quarter
 * before the document date); "for the year" closing a phrase is the year under
 * discussion.
 */
export const relativeUnit: Recogniser = {
  name: 'relative-unit',
  find: (ctx) =>
    scan(ctx.text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      if (isQuotedTitle(ctx.text, start, end)) return undefined; // ABC's "This Week"
      if (m[4] !== undefined) {
        // "the quarter", "the latest period": the one reported on, named before.
        const bare = m[4].toLowerCase() === REPORTED_PERIODS[0];
        return {
          start,
          end,
          type: 'DATE',
          meaning: {
            kind: 'relative',
            unit: 'quarter',
            offset: -1,
            from: 'document',
            reported: bare ? 'quarter' : 'period',
            which: bare ? 'last' : 'latest',
          },
          rule: 'relative-unit',
        };
      }
      const current = m[5] ?? m[6] ?? m[7];
      if (current !== undefined) {
        // "For the year, volume was flat", "a high for the year", "For the week, the index
        // fell", "the week's most active session": the period under discussion, the one
        // of the date mentioned last (else the document's). ("Of the week," is left: "the
        // busiest day of the week" is any week.)
        return {
          start,
          end,
          type: 'DATE',
          meaning: {
            kind: 'relative',
            unit: current.toLowerCase() as Unit,
            offset: 0,
            from: 'previous',
          },
          rule: 'relative-unit',
        };
      }
      const word = (m[2] ?? '').toLowerCase();
      const unit: Unit = CALENDAR_UNITS.get((m[3] ?? '').toLowerCase()) ?? 'year';
      // "over the next decade", "throughout the past century": a stretch of ten (a
      // hundred) years, measured from now or from the date before; TimeBank and the
      // TempEval-3 test data tag these as durations. ("Over the past year" stays a date:
      // the annotators read the shorter units so.)
      const length = durationValue(1, (m[3] ?? '').toLowerCase());
      if (
        LONG.has(unit) &&
        m[1] !== undefined &&
        length !== undefined &&
        SPAN_BEFORE.test(ctx.text.slice(Math.max(0, start - 12), start))
      )
        return {
          start,
          end,
          type: 'DURATION',
          meaning: { kind: 'literal', value: length },
          rule: 'relative-unit-span',
        };
      let { from, offset } = direction(word);
      // "the latest quarter", "the last quarter" are reported periods; "latest year" is odd.
      // "The latest fiscal year" is the last one closed, which, like a reported quarter,
      // is before the document's.
      if (word === LATEST && unit !== 'quarter' && !FISCAL_YEAR.test(m[0])) offset = 0;
      // "He returned in 2004, and the next year became chief": with the article and a
      // past verb, "next" counts from the story's own time, like "the following year";
      // "next year", or "the next year" spoken of ahead, counts from the document.
      if (word === NEXT && m[1] !== undefined && ctx.tenseAt(start, end) === 'past')
        from = 'previous';
      const reported = unit === 'quarter' && REPORTED.has(word);
      return {
        start,
        end,
        type: 'DATE',
        meaning: reported
          ? { kind: 'relative', unit, offset, from, reported: 'quarter', which: 'latest' }
          : { kind: 'relative', unit, offset, from },
        rule: 'relative-unit',
      };
    }),
};
