import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

// Each group is one TimeML reference value.
const PATTERN = new RegExp(
  [
    // PRESENT_REF
    '\\b(right now|now|currently|nowadays|these days|at present|the present(?! (?:tense|case|system|government|law|value))|this moment|current(?= [a-z]))\\b(?!-)',
    // PAST_REF
    '\\b(recently|lately|in the past|the past(?! (?:tense|participle))|in years past|recent decades)\\b',
    // FUTURE_REF
    '\\b(the future|the near future|the near term|the short term|coming (?:quarters|decades))\\b',
  ].join('|'),
  'gi',
);

/** Words after "current"/"future"/"recent" that are not about time ("current account"). */
const NOT_TEMPORAL_AFTER =
  /^ (?:account|accounts|affairs|events|electric|flow|flows|sea|river|water|tense|generations?)\b/;

/**
 * Vague references to the present, past or future: "now", "currently" →
 * `PRESENT_REF`; "recently", "the past" → `PAST_REF`; "the future" → `FUTURE_REF`.
 * "Recent weeks" and "coming months" are vague durations (`PXW`, `PXM`), read by the
 * duration step; only "recent decades" and "coming quarters" stay references here. Words that are as often not about time ("soon", "previously", "later", "recent")
 * are left out: TimeML annotators tag them rarely.
 * A sentence-opening "Now," with its comma is a discourse marker, not a reference.
 * "in the past" keeps only "the past" in the span: prepositions are not part of it.
 */
export const vagueRef: Recogniser = {
  name: 'vague-ref',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      let { start } = bounds(m);
      const { end } = bounds(m);
      if (NOT_TEMPORAL_AFTER.test(text.slice(end, end + 14))) return undefined;
      // "Now," opening a sentence and set off by a comma is a discourse marker ("Now, he
      // says, ..."), not a time: TimeML leaves it. "Now the mission is ..." stays a time.
      if (m[0] === 'Now' && text[end] === ',') return undefined;
      const value =
        m[1] !== undefined ? 'PRESENT_REF' : m[2] !== undefined ? 'PAST_REF' : 'FUTURE_REF';
      const lower = m[0].toLowerCase();
      if (
        lower.startsWith('in the ') ||
        lower.startsWith('at the ') ||
        lower.startsWith('for the ')
      ) {
        start += m[0].indexOf(' ') + 1;
      } else if (lower === 'at present') {
        start += 3;
      }
      return { start, end, type: 'DATE', meaning: { kind: 'literal', value }, rule: 'vague-ref' };
    }),
};
