import {
  ADJECTIVE_ARTICLES,
  CENTURY,
  CENTURY_ORDINALS,
  DEFINITE_ARTICLE,
  ORDINAL_SUFFIXES,
  PLURAL_ENDING,
  POSSESSIVE_ENDINGS,
} from '../../lexicon/en/index.ts';
import { eitherCaseInitial, wordsInOrder } from '../../lexicon/pattern.ts';
import type { Recogniser } from '../types.ts';
import { bounds, scanIfHas } from './scan.ts';

const THE = eitherCaseInitial(DEFINITE_ARTICLE);

// "the 1990s", "1990s", "the '90s", "the 20th century", "the twenty-first century".
const PATTERN = new RegExp(
  [
    `\\b(?:${THE} )?(1[0-9]|20)(\\d)0(?:${wordsInOrder([...POSSESSIVE_ENDINGS, PLURAL_ENDING])})\\b`,
    `(?:\\b${THE} )?['’](\\d)0${PLURAL_ENDING}\\b`,
    `\\b(?:${THE} )?(\\d{1,2})(?:${wordsInOrder(ORDINAL_SUFFIXES)})[- ]${CENTURY}\\b`,
    `\\b(?:${THE} )?(${wordsInOrder(CENTURY_ORDINALS.keys())})[- ]${CENTURY}\\b`,
  ].join('|'),
  'gi',
);

/** What every match holds: a decade's "0s" or the word "century". */
const DECADE_OR_CENTURY = new RegExp(`0['’]?${PLURAL_ENDING}|${CENTURY}`, 'i');

/** An article opening the match: "the 1970s-era law". */
const OPENING_ARTICLE = new RegExp(`^(?:${wordsInOrder(ADJECTIVE_ARTICLES)}) `, 'i');

/**
 * Decades and centuries: "the 1990s" → `199`, "the '80s" → `198` (read in the
 * twentieth century), "the 20th century" → `19` (TimeML writes both by their leading
 * digits). Those before the common era are the era step's ("the 470s BC").
 */
export const decade: Recogniser = {
  name: 'decade-century',
  find: ({ text }) =>
    scanIfHas(text, DECADE_OR_CENTURY, PATTERN, (m) => {
      const { start, end } = bounds(m);
      let yearPrefix: string;
      let unit: 'decade' | 'century';
      if (m[1] !== undefined) {
        yearPrefix = `${m[1]}${m[2]}`;
        unit = 'decade';
      } else if (m[3] !== undefined) {
        // A two-digit decade: 20s/10s/00s are this century's, the rest the last one's.
        yearPrefix = Number(m[3]) <= 2 ? `20${m[3]}` : `19${m[3]}`;
        unit = 'decade';
      } else {
        const n =
          m[4] !== undefined ? Number(m[4]) : CENTURY_ORDINALS.get((m[5] ?? '').toLowerCase());
        if (n === undefined || n < 1 || n > 21) return undefined;
        yearPrefix = String(n - 1).padStart(2, '0');
        unit = 'century';
      }
      // "the 1970s-era law", "a 19th-century church": the article is the noun's.
      const adjective = text[end] === '-' && OPENING_ARTICLE.test(m[0]);
      return {
        start: adjective ? start + m[0].indexOf(' ') + 1 : start,
        end,
        type: 'DATE',
        meaning: { kind: 'calendar', yearPrefix },
        rule: unit,
      };
    }),
};
