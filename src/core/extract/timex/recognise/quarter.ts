import {
  ADVERB_ENDING,
  DEFINITE_ARTICLE,
  FISCAL,
  HALF_ONLY_ORDINALS,
  MONTH_RE,
  MONTH_SPAN_NOUNS,
  OF,
  PERIOD_ORDINALS,
  PERIOD_YEAR_LINKS,
  POSSESSIVE_ENDING,
  PLAY_WORDS,
  RELATIVE_YEAR_WORDS,
  SAME_PERIOD_ADJECTIVES,
  YEAR_AGO_ADJECTIVES,
  YEAR_KINDS,
  YEAR_PARTS,
  YEAR_WORD,
  monthOf,
} from '../../lexicon/en/index.ts';
import {
  eitherApostrophe,
  eitherCaseInitial,
  wordAlternation,
  wordsInOrder,
} from '../../lexicon/pattern.ts';
import type { Candidate, Recogniser } from '../types.ts';
import { bounds, scanIfHas } from './scan.ts';

const THE = eitherCaseInitial(DEFINITE_ARTICLE);
const YEAR = '((?:1[0-9]|20)\\d\\d)';
const IN_YEAR = `(?: ${PERIOD_YEAR_LINKS.join('| ')})`;
const PART = wordsInOrder(YEAR_PARTS.keys());

// "the third quarter", "third-quarter", "the fiscal first quarter of 1990",
// "this year's second quarter", "the first half", "Q3 2011", "H1 2023", "3Q22".
const PATTERN = new RegExp(
  [
    `\\b(?:(?:${THE}|(${wordsInOrder(RELATIVE_YEAR_WORDS.keys())}) ${YEAR_WORD}${eitherApostrophe(POSSESSIVE_ENDING)}) )?(?:(?:${wordsInOrder(SAME_PERIOD_ADJECTIVES)}) )?(?:(${wordsInOrder(YEAR_AGO_ADJECTIVES)}) )?(?:(?:${wordsInOrder(YEAR_KINDS)}) )?(${wordsInOrder(PERIOD_ORDINALS.keys())})[- ](?:${FISCAL}[- ])?(${PART})(?!${ADVERB_ENDING}\\b)(?:${IN_YEAR}(?: ${FISCAL})? ${YEAR}\\b)?`,
    '\\b[Qq]([1-4])(?: ((?:1[0-9]|20)\\d\\d))?\\b',
    // "H1 2023" (a bare "H1" is as often a visa or a virus), "1H23", "3Q 2022".
    '\\bH([12])[ -]?((?:1[0-9]|20)\\d\\d)\\b',
    '\\b([1-4])([QH]) ?((?:1[0-9]|20)?\\d\\d)\\b',
  ].join('|'),
  'gi',
);

/**
 * What every match of PATTERN holds, one alternative of it each: a period ("quarter",
 * "half"), "Q3", "H1", "3Q". Most texts name none, and PATTERN is slow to find nothing in.
 */
const PATTERN_MARK = new RegExp(`${PART}|q[1-4]|h[12]|[1-4][qh]`, 'i');

// "the July-September quarter", "the April-June period of 2013": a quarter by its months.
const MONTH_SPAN_END = `[-–](${MONTH_RE}) (?:${wordsInOrder(MONTH_SPAN_NOUNS)})`;
const MONTH_SPAN = new RegExp(
  `\\b(?:${THE} )?(${MONTH_RE})${MONTH_SPAN_END}(?:${IN_YEAR} ${YEAR}\\b)?`,
  'g',
);
/** What every match of MONTH_SPAN holds: "-September quarter". */
const MONTH_SPAN_ENDING = new RegExp(MONTH_SPAN_END);

/**
 * Words of a game report: "scored twice in the second half", "a touchdown in the
 * fourth quarter". Basketball and football count quarters and halves of play, not of
 * a year. Words business news shares ("points", "rallied", "goals", "score") are left
 * out: markets rally by basis points in a quarter too.
 */
const PLAY = new RegExp(`\\b(?:${wordAlternation(PLAY_WORDS)})\\b`, 'i');

/** Whether the sentence around `[start, end)` reports a game. */
function isPeriodOfPlay(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const after = text.slice(end, end + 80);
  const sentence =
    before.slice(before.search(/[^.!?]*$/)) + ' ' + (/^[^.!?]*/.exec(after)?.[0] ?? '');
  return PLAY.test(sentence);
}

/**
 * After a quarter or half: " of the year", " of this year". "the year" is the year the
 * quarter alone would be read in, by tense; "this/last/next" count from the document.
 */
const OF_THE_YEAR = new RegExp(
  `^ ${OF} (?:${DEFINITE_ARTICLE}|(${wordsInOrder(RELATIVE_YEAR_WORDS.keys())})) ${YEAR_WORD}\\b(?![-'’])`,
);

/** "the third-quarter loss": an adjective, whose article belongs to the noun. */
const ADJECTIVE = new RegExp(`^${THE} [a-z0-9]+-(?:${PART})$`);

const HALF_ONLY: ReadonlySet<string> = new Set(HALF_ONLY_ORDINALS);

/**
 * "the July-September quarter" (Japanese and other reports name quarters by their
 * months): the calendar quarter those three months make, its year read by tense as
 * for "the third quarter". Months that are not a calendar quarter (a fiscal
 * "September-November quarter") have no quarter value and are left alone.
 */
function quarterOfMonths(m: RegExpExecArray): Candidate | undefined {
  const first = monthOf(m[1] ?? '');
  const last = monthOf(m[2] ?? '');
  if (first === undefined || last !== first + 2 || first % 3 !== 1) return undefined;
  return {
    ...bounds(m),
    type: 'DATE',
    meaning: {
      kind: 'calendar',
      quarter: (first + 2) / 3,
      year: m[3] === undefined ? undefined : Number(m[3]),
    },
    rule: 'quarter',
  };
}

/**
 * Quarters and halves of a year: "the third quarter" → `YYYY-Q3` with the year read
 * by tense (business news reports the latest one), "the first half of 2011" →
 * `2011-H1`, "last year's fourth quarter", "the July-September quarter".
 */
export const quarter: Recogniser = {
  name: 'quarter',
  find: ({ text }) => [
    ...scanIfHas(text, MONTH_SPAN_ENDING, MONTH_SPAN, quarterOfMonths),
    ...scanIfHas(text, PATTERN_MARK, PATTERN, (m) => {
      const { start, end } = bounds(m);
      if (m[8] !== undefined || m[10] !== undefined) {
        // Analysts' capitals, and two digits only when joined: "1h 15 min" is no half-year.
        if (m[10] !== undefined && (/[qh]/.test(m[11] ?? '') || /\s\d\d$/.test(m[0])))
          return undefined;
        const half = m[8] !== undefined || m[11] === 'H';
        const n = Number(m[8] ?? m[10]);
        if (half && n > 2) return undefined;
        const yearText = m[9] ?? m[12] ?? '';
        const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
        return {
          start,
          end,
          type: 'DATE',
          meaning: {
            kind: 'calendar',
            quarter: half ? undefined : n,
            half: half ? n : undefined,
            year,
          },
          rule: half ? 'half-year' : 'quarter',
        };
      }
      if (m[6] !== undefined) {
        return {
          start,
          end,
          type: 'DATE',
          meaning: {
            kind: 'calendar',
            quarter: Number(m[6]),
            year: m[7] === undefined ? undefined : Number(m[7]),
          },
          rule: 'quarter',
        };
      }
      const n = PERIOD_ORDINALS.get((m[3] ?? '').toLowerCase());
      if (n === undefined) return undefined;
      if (m[1] === undefined && m[5] === undefined && isPeriodOfPlay(text, start, end))
        return undefined;
      const isHalf = YEAR_PARTS.get((m[4] ?? '').toLowerCase()) === 'half';
      if (isHalf && n > 2) return undefined;
      if (isHalf === false && HALF_ONLY.has((m[3] ?? '').toLowerCase())) return undefined;
      // "the second half of the year", "the first quarter of this year": the year joins.
      const ofYear = m[5] === undefined ? OF_THE_YEAR.exec(text.slice(end, end + 16)) : null;
      const relativeYear = (m[1] ?? ofYear?.[1])?.toLowerCase();
      const yearOffset =
        relativeYear === undefined ? undefined : RELATIVE_YEAR_WORDS.get(relativeYear);
      // "the third-quarter loss": the article belongs to the noun.
      const adjective = ADJECTIVE.test(m[0]);
      return {
        start: adjective ? start + DEFINITE_ARTICLE.length + 1 : start,
        end: ofYear && !adjective ? end + ofYear[0].length : end,
        type: 'DATE',
        meaning: {
          kind: 'calendar',
          quarter: isHalf ? undefined : n,
          half: isHalf ? n : undefined,
          year: m[5] === undefined ? undefined : Number(m[5]),
          yearOffset,
          // "the year-ago quarter": the same quarter a year before the one meant now.
          yearShift: m[2] !== undefined ? -1 : undefined,
        },
        rule: isHalf ? 'half-year' : 'quarter',
      };
    }),
  ],
};
