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

// "which was in open waters at the time.", "At the time, he ...": "then", closing its
// clause or opening the sentence. "At the time he was captured" and "at the time of the
// vote" are a conjunction and a noun phrase pointing at another expression; in "his
// treasurer at the time, Eric Woerth," it qualifies a noun. So the phrase must end where
// a sentence or clause does; before a comma, only when a sentence opens with it or a
// speaker's tag or a conjunction follows ("at the time, he said").
const AT_THE_TIME = /\b[Aa]t (the time)(?=\s*(?:[,.;:!?)"”]|and\b|but\b|$))/g;
const CLAUSE_AFTER_COMMA = /^,\s+(?:and|but|so|when|while|because|although|though)\b/;

/** ", he says,", ", Ms. Conlin said,": a speaker's tag right after a comma. */
const SPEAKER_TAG_AFTER =
  /^,\s+(?:he|she|they|we|I|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:says|said|argues|argued|adds|added|notes|noted|contends|contended|insists|insisted|explains|explained)\b/;

/** Words after "current"/"future"/"recent" that are not about time ("current account"). */
const NOT_TEMPORAL_AFTER =
  /^ (?:account|accounts|affairs|events|electric|flow|flows|sea|river|water|tense|generations?)\b/;

/**
 * Vague references to the present, past or future: "now", "currently" →
 * `PRESENT_REF`; "recently", "the past" → `PAST_REF`; "the future" → `FUTURE_REF`.
 * "Recent weeks" and "coming months" are vague durations (`PXW`, `PXM`), read by the
 * duration step; only "recent decades" and "coming quarters" stay references here. Words that are as often not about time ("soon", "previously", "later", "recent")
 * are left out: TimeML annotators tag them rarely.
 * A sentence-opening "Now," is a time too, unless a speaker's tag follows ("Now, he
 * says, ..."), where it is the speaker's discourse marker.
 * "in the past" keeps only "the past" in the span: prepositions are not part of it.
 * "At the time" closing a past clause ("it was in open waters at the time") is
 * `PAST_REF`.
 */
export const vagueRef: Recogniser = {
  name: 'vague-ref',
  find: ({ text, tenseAt }) => [
    // "at the time", told in the past, is a time before now: the span leaves "at" out.
    ...scan(text, AT_THE_TIME, (m) => {
      const end = m.index + m[0].length;
      const start = end - (m[1] ?? '').length;
      if (tenseAt(start, end) !== 'past') return undefined;
      const after = text.slice(end, end + 60);
      if (
        after.startsWith(',') &&
        !m[0].startsWith('At') &&
        !SPEAKER_TAG_AFTER.test(after) &&
        !CLAUSE_AFTER_COMMA.test(after)
      )
        return undefined;
      return {
        start,
        end,
        type: 'DATE',
        meaning: { kind: 'literal', value: 'PAST_REF' },
        rule: 'vague-ref',
      };
    }),
    ...scan(text, PATTERN, (m) => {
      let { start } = bounds(m);
      const { end } = bounds(m);
      if (NOT_TEMPORAL_AFTER.test(text.slice(end, end + 14))) return undefined;
      // "Now, he says, ...": "Now," set off before a speaker's tag is the speaker's
      // discourse marker, and TimeBank leaves it. "Now, with new partners, the firm ..."
      // and "Now the mission is ..." contrast the present with the story's past: times.
      if (m[0] === 'Now' && SPEAKER_TAG_AFTER.test(text.slice(end, end + 60))) return undefined;
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
  ],
};
