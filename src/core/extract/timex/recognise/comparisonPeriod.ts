import {
  COMPARED_PERIODS,
  DEFINITE_ARTICLE,
  LAST_YEAR,
  LIKE_PERIOD_ADJECTIVES,
  PERIOD_NOUNS,
  PERIOD_YEAR_LINKS,
  POSSESSIVE_ENDING,
  PREVIOUS_YEAR_ADJECTIVE,
  PRIOR_YEAR_ADJECTIVE,
  SAME_PERIOD_ADJECTIVES,
  YEAR_AGO_ADJECTIVES,
  YEAR_BEFORE_MARKS,
  YEAR_BEFORE_PHRASES,
} from '../../lexicon/en/index.ts';
import { eitherApostrophe, eitherCaseInitial, wordsInOrder } from '../../lexicon/pattern.ts';
import type { Recogniser, RelativeMeaning } from '../types.ts';
import { bounds, scan, scanIfHas } from './scan.ts';

// "the year-ago quarter", "the year-earlier period", "year-earlier results",
// "the comparable year-ago third quarter" is left to the quarter recogniser.
const THE = eitherCaseInitial(DEFINITE_ARTICLE);
const YEAR_BEFORE_ADJECTIVE = [
  ...YEAR_AGO_ADJECTIVES.map(eitherCaseInitial),
  wordsInOrder([PRIOR_YEAR_ADJECTIVE]),
  eitherCaseInitial(PREVIOUS_YEAR_ADJECTIVE),
].join('|');
const PATTERN = new RegExp(
  `\\b(?:${THE} )?(?:(?:${wordsInOrder(SAME_PERIOD_ADJECTIVES)}) )?(${YEAR_BEFORE_ADJECTIVE})(?: (${wordsInOrder(COMPARED_PERIODS)}))?\\b`,
  'g',
);

// "the same period last year", "the corresponding quarter a year earlier", "the
// quarter a year ago", "last year's quarter": the period a year before the one
// reported, said the long way.
const PERIOD = wordsInOrder(PERIOD_NOUNS);
const SAME_PERIOD_BEFORE = new RegExp(
  `\\b${THE} (?:(?:${wordsInOrder(LIKE_PERIOD_ADJECTIVES)}) )?(?:${PERIOD})(?: ${PERIOD_YEAR_LINKS.join('| ')})? (?:${wordsInOrder(YEAR_BEFORE_PHRASES)})\\b|\\b${eitherCaseInitial(LAST_YEAR)}${eitherApostrophe(POSSESSIVE_ENDING)} (?:${PERIOD})\\b`,
  'g',
);

// "the 1988 period", "the 1989 quarter": the period under discussion in a named year.
const PERIOD_OF_YEAR = new RegExp(`\\b${THE} ((?:19|20)\\d\\d) (?:${PERIOD})\\b`, 'g');

/** The period mentioned last, a year back, at its own precision (a quarter stays one). */
const YEAR_BEFORE: RelativeMeaning = {
  kind: 'relative',
  unit: 'year',
  offset: -1,
  from: 'previous',
  keepPrecision: true,
};

/**
 * Business news compares a period with the same one a year before: "in the
 * year-earlier quarter", "compared with year-ago profit", "in the same period last
 * year". The value is the period mentioned last, a year back (`2011-Q3` after "the
 * third quarter" of 2012); "the 1988 period" is that period in 1988.
 */
export const comparisonPeriod: Recogniser = {
  name: 'comparison-period',
  find: ({ text }) => [
    ...scanIfHas(text, YEAR_BEFORE_MARKS, PATTERN, (m) => {
      const { start, end } = bounds(m);
      // The bare adjective qualifies a noun ("year-ago profit"): the span is the adjective.
      const bare = m[2] === undefined;
      const spanStart = bare ? start + m[0].indexOf(m[1] ?? '') : start;
      return {
        start: spanStart,
        end,
        type: 'DATE',
        meaning: YEAR_BEFORE,
        rule: 'comparison-period',
      };
    }),
    ...scan(text, SAME_PERIOD_BEFORE, (m) => ({
      ...bounds(m),
      type: 'DATE',
      meaning: YEAR_BEFORE,
      rule: 'comparison-period',
    })),
    ...scan(text, PERIOD_OF_YEAR, (m) => ({
      ...bounds(m),
      type: 'DATE',
      meaning: {
        kind: 'relative',
        unit: 'year',
        offset: 0,
        from: 'previous',
        keepPrecision: true,
        year: Number(m[1]),
      },
      rule: 'comparison-period',
    })),
  ],
};
