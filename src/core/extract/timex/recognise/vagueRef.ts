import {
  AT,
  AT_PRESENT,
  CLAUSE_CLOSING_CONJUNCTIONS,
  CLAUSE_CONJUNCTIONS,
  CURRENT,
  FUTURE_REF_WORDS,
  LEFT_OUT_PREPOSITIONS,
  NOT_TEMPORAL_NOUNS,
  NOT_TIME_AFTER_THE_PAST,
  NOT_TIME_AFTER_THE_PRESENT,
  NOW,
  PAST_REF_WORDS,
  PRESENT_REF_WORDS,
  SPEAKER_PRONOUNS,
  SPEAKER_TAG_VERBS,
  SPEAKER_TITLES,
  THE_PAST,
  THE_PRESENT,
  THE_TIME,
  DEFINITE_ARTICLE,
} from '../../lexicon/en/index.ts';
import { eitherCaseInitial, wordsInOrder } from '../../lexicon/pattern.ts';
import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

/** One vague reference as a pattern piece: "the present" not before "tense", "current" only before a word. */
function piece(word: string): string {
  if (word === THE_PRESENT) return `${word}(?! (?:${wordsInOrder(NOT_TIME_AFTER_THE_PRESENT)}))`;
  if (word === THE_PAST) return `${word}(?! (?:${wordsInOrder(NOT_TIME_AFTER_THE_PAST)}))`;
  if (word === CURRENT) return `${word}(?= [a-z])`;
  return wordsInOrder([word]);
}

// Each group is one TimeML reference value.
const PATTERN = new RegExp(
  [
    // PRESENT_REF
    `\\b(${PRESENT_REF_WORDS.map(piece).join('|')})\\b(?!-)`,
    // PAST_REF
    `\\b(${PAST_REF_WORDS.map(piece).join('|')})\\b`,
    // FUTURE_REF
    `\\b(${FUTURE_REF_WORDS.map(piece).join('|')})\\b`,
  ].join('|'),
  'gi',
);

// "which was in open waters at the time.", "At the time, he ...": "then", closing its
// clause or opening the sentence. "At the time he was captured" and "at the time of the
// vote" are a conjunction and a noun phrase pointing at another expression; in "his
// treasurer at the time, Eric Woerth," it qualifies a noun. So the phrase must end where
// a sentence or clause does; before a comma, only when a sentence opens with it or a
// speaker's tag or a conjunction follows ("at the time, he said").
const AT_THE_TIME = new RegExp(
  `\\b${eitherCaseInitial(AT)} (${THE_TIME})(?=\\s*(?:[,.;:!?)"”]|${CLAUSE_CLOSING_CONJUNCTIONS.map((w) => `${w}\\b`).join('|')}|$))`,
  'g',
);
const CLAUSE_AFTER_COMMA = new RegExp(`^,\\s+(?:${wordsInOrder(CLAUSE_CONJUNCTIONS)})\\b`);

/** "At the time" opening a sentence. */
const AT_CAPITALISED = AT.charAt(0).toUpperCase() + AT.slice(1);

/** ", he says,", ", Ms. Conlin said,": a speaker's tag right after a comma. */
const SPEAKER_TAG_AFTER = new RegExp(
  `^,\\s+(?:${wordsInOrder(SPEAKER_PRONOUNS)}|(?:(?:${wordsInOrder(SPEAKER_TITLES)})\\.\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)?)\\s+(?:${wordsInOrder(SPEAKER_TAG_VERBS)})\\b`,
);

/** Words after "current"/"future"/"recent" that are not about time ("current account"). */
const NOT_TEMPORAL_AFTER = new RegExp(`^ (?:${wordsInOrder(NOT_TEMPORAL_NOUNS)})\\b`);

/** A preposition the span leaves out: "in the past" is "the past". */
const LEFT_OUT = LEFT_OUT_PREPOSITIONS.map((w) => `${w} ${DEFINITE_ARTICLE} `);

/** "Now" with a capital, opening a sentence. */
const NOW_CAPITALISED = NOW.charAt(0).toUpperCase() + NOW.slice(1);

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
        !m[0].startsWith(AT_CAPITALISED) &&
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
      if (m[0] === NOW_CAPITALISED && SPEAKER_TAG_AFTER.test(text.slice(end, end + 60)))
        return undefined;
      const value =
        m[1] !== undefined ? 'PRESENT_REF' : m[2] !== undefined ? 'PAST_REF' : 'FUTURE_REF';
      const lower = m[0].toLowerCase();
      if (LEFT_OUT.some((words) => lower.startsWith(words)) || lower === AT_PRESENT)
        start += m[0].indexOf(' ') + 1;
      return { start, end, type: 'DATE', meaning: { kind: 'literal', value }, rule: 'vague-ref' };
    }),
  ],
};
