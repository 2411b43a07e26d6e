import { PART_OF_DAY_RE, partOfDayOf } from '../partOfDay.ts';
import {
  DAY_PART_LEADS,
  DAY_WORDS,
  ERA_NOUNS,
  ERA_NOUNS_BEFORE,
  NIGHT_ONLY_LEAD,
  OF,
  POSSESSIVE_ENDING,
  POSSESSIVE_ENDINGS,
  TODAY,
  TOMORROW,
  TONIGHT,
} from '../../lexicon/en/index.ts';
import { eitherApostrophe, wordsInOrder } from '../../lexicon/pattern.ts';
import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

const PATTERN = new RegExp(
  [
    `\\b(${wordsInOrder(DAY_WORDS.keys())})(?:(?:${wordsInOrder(POSSESSIVE_ENDINGS)})? (${PART_OF_DAY_RE}))?\\b`,
    `\\b(${wordsInOrder(DAY_PART_LEADS.keys())}) (${PART_OF_DAY_RE})\\b`,
  ].join('|'),
  'gi',
);

const OFFSETS: ReadonlyMap<string, number> = new Map([...DAY_PART_LEADS, ...DAY_WORDS]);

/** Nouns that make "today's" mean the present era: "today's world", "today's youth". */
const ERA_NOUN = new RegExp(
  `^${eitherApostrophe(POSSESSIVE_ENDING)} (?:${wordsInOrder(ERA_NOUNS)})\\b`,
  'i',
);

/** Nouns before "of tomorrow" that make it the coming era: "the leaders of tomorrow". */
const ERA_NOUN_BEFORE = new RegExp(`\\b(?:${wordsInOrder(ERA_NOUNS_BEFORE)}) ${OF} $`, 'i');

/**
 * "today's world", "the leaders of tomorrow": the present or coming era in general,
 * not a day; TimeML news annotation leaves these generic uses.
 */
function isEra(text: string, start: number, end: number, word: string): boolean {
  if (word === TODAY && ERA_NOUN.test(text.slice(end, end + 14))) return true;
  // "the people of tomorrow", but not "the end of tomorrow", "the start of tomorrow's".
  return word === TOMORROW && ERA_NOUN_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/**
 * Days named from the document date: "yesterday" (−1), "tomorrow morning",
 * "tonight" (`…TNI`), "this morning", "last night".
 */
export const dayWord: Recogniser = {
  name: 'day-word',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      const word = (m[1] ?? m[3] ?? '').toLowerCase();
      const offset = OFFSETS.get(word);
      if (offset === undefined) return undefined;
      if (isEra(text, start, end, word)) return undefined;
      let partOfDay = partOfDayOf(m[2] ?? m[4]);
      if (word === TONIGHT) partOfDay = 'NI';
      // "last morning" is not English; "last night" is.
      if (word === NIGHT_ONLY_LEAD && partOfDay !== 'NI') return undefined;
      return {
        start,
        end,
        type: partOfDay ? 'TIME' : 'DATE',
        meaning: { kind: 'relative', unit: 'day', offset, from: 'document', partOfDay },
        rule: 'day-word',
      };
    }),
};
