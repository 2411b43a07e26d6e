import {
  COUNT_RE,
  UNIT_RE,
  WEEKDAY_RE,
  clockCueBefore,
  countOf,
  durationValue,
} from '../../lexicon/en/index.ts';
import {
  AGE_BOUNDS,
  AGE_BOUND_JOINERS,
  AGE_JOINERS,
  AGE_LINKS,
  AGE_NOUN,
  AGE_WORDS,
  AND_A_HALF,
  AND_A_HALF_UNITS,
  HALF,
  HALF_PREFIXED_UNITS,
  HALF_UNITS,
  COMPARED_COUNT,
  COMPARING_WORDS,
  LAST,
  OF,
  VERB_LAST_BEFORE_WORDS,
  LENGTH_ADJECTIVES,
  LENGTH_DETERMINERS,
  LONG_SUFFIX,
  OLD,
  UNIT_QUALIFIERS,
  UNKNOWN_LENGTHS,
  UNKNOWN_LENGTH_BEFORE,
} from '../../lexicon/en/index.ts';
import {
  eitherApostrophe,
  eitherCaseInitial,
  firstLetters,
  wordsInOrder,
} from '../../lexicon/pattern.ts';
import type { Candidate, Recogniser } from '../types.ts';
import { bounds, isQuotedTitle, scan, scanIfHas } from './scan.ts';

const LEAD = `(?:(?:${LENGTH_DETERMINERS.map(eitherCaseInitial).join('|')}) )?(?:(?:${wordsInOrder(LENGTH_ADJECTIVES)}) )?`;
const QUALIFIER = `(?:(?:${wordsInOrder(UNIT_QUALIFIERS)})[- ])?`;

// "15 days", "the past two weeks", "a two-hour rally", "the first nine months"; ages
// ("52 years old", "a 6-year-old") are not durations in TimeML news annotation.
const COUNTED = new RegExp(
  `\\b(${LEAD})(${COUNT_RE})([- ])${QUALIFIER}(${UNIT_RE})(${LONG_SUFFIX})?\\b(?!-\\w| ${OLD}\\b)`,
  'gi',
);

// "recent weeks", "the coming months", "for years", "decades-long". The leading
// `\b(?=[…])` holds wherever an alternative can match (each starts a word with one of
// these letters); it changes no match, but lets the engine skip most positions fast.
const VAGUE = new RegExp(
  '\\b(?=[cdefhilmnoprstwy])(?:' +
    [
      '\\b(?:[Tt]he )?(?:(?:recent|coming)(?= (?:days|weeks|months|years)\\b)|ensuing|intervening|next few|past few|last few|past several|last several|next several) (days|weeks|months|quarters|years|decades)\\b',
      '(?<=\\b(?:for|over|within|during|lasting|took|take|takes|taking|spent|spend|spends|in) )(hours|days|weeks|months|years|decades|centuries)\\b(?! (?:ago|of|old|later|earlier|before|after))',
      '\\b(hours|days|weeks|months|years|decades)-long\\b',
      '\\b[Tt]he (days|weeks|months|years) ahead\\b',
      // "the year ended Sept. 30": a fiscal year, counted as a length.
      '\\b[Tt]he (?:fiscal |financial )?(year)(?= (?:that |which )?(?:ended|ending|ends|through) )',
      // "in the weeks before the shooting": the plural alone, as TempEval annotators tag it;
      // "over the years", "the first hours of the war", "the early years" with the article.
      '\\b(?:in|during|over|for) the (days|weeks|months|years)(?= (?:before|after|following|leading up to|that followed|since)\\b)',
      '\\bover the (years|decades)\\b(?! (?:of|before|after|since|ahead|to come)\\b)',
      // ("the early hours of Thursday" are Thursday's: the date is tagged, not the hours.)
      `\\b[Tt]he (?:first|final|last|early|opening|closing) (hours|days|weeks|months|years)(?= of\\b(?! (?:${WEEKDAY_RE}|today|yesterday|tomorrow)\\b)|[,.;])`,
      // "minutes before the plane left", "set days before he fell ill", "weeks earlier than
      // planned", "years from now": the bare plural is the length between two times (a
      // count before it makes the longer "two days before", read above).
      '(?<!-)\\b(seconds|minutes|hours|days|weeks|months|years|decades)(?= (?:before|after|from now)\\b| (?:earlier|later|sooner) than\\b)',
    ].join('|') +
    ')',
  'gi',
);

// "for some time", "for a while": a stretch of unknown length. (`(?=[saq])`, the first
// letters, only lets the engine skip positions before testing the lookbehind.)
const UNKNOWN_LENGTH = new RegExp(
  `(?=${firstLetters(UNKNOWN_LENGTHS)})(?<=\\b(?:${wordsInOrder(UNKNOWN_LENGTH_BEFORE)}) )(?:${wordsInOrder(UNKNOWN_LENGTHS)})\\b`,
  'g',
);
/** What every match of UNKNOWN_LENGTH holds, with the word before it: "for some time". */
const AFTER_ITS_WORD = new RegExp(
  `(?:${wordsInOrder(UNKNOWN_LENGTH_BEFORE)}) (?:${wordsInOrder(UNKNOWN_LENGTHS)})`,
);

// "half an hour", "an hour and a half", "a half-day".
const HALF_PATTERN = new RegExp(
  `\\b(?:${HALF} an? (${wordsInOrder(HALF_UNITS.keys())})|an? (${wordsInOrder(AND_A_HALF_UNITS.keys())}) ${AND_A_HALF}|an? ${HALF}[- ](${wordsInOrder(HALF_PREFIXED_UNITS)}))\\b`,
  'gi',
);
/** What every match of HALF_PATTERN holds ("and a half" too). */
const HALF_WORD = new RegExp(HALF, 'i');

// "two and a half years", "one-and-a-half hours", "2 and a half days"; "two-and-a-half
// years old" is an age. Found from "and a half", then the count before it is read.
const AND_A_HALF_COUNTED = new RegExp(
  `[- ]and[- ]a[- ]half[- ](${UNIT_RE})\\b(?!-\\w| old\\b)`,
  'gi',
);
const COUNT_AT_END = new RegExp(`\\b(${COUNT_RE})$`, 'i');

// "two to three weeks", "12 to 18 months": the span covers the range; the value is its
// lower end (TimeML has no range value), and the modifier says "at least".
const RANGE_END = `(?: to | or |-)(?:${COUNT_RE}) (${UNIT_RE})\\b`;
const RANGE = new RegExp(`\\b(${COUNT_RE})${RANGE_END}`, 'gi');
/** What every match of RANGE holds, its second count and unit: " to three weeks". */
const RANGE_ENDING = new RegExp(RANGE_END, 'i');

// "between 12 and 18 months", "between two to six days": two lengths, each tagged (as
// TimeBank and the TempEval-3 test data do); this finds the first, the unit after the
// second, which the counted pattern reads on its own.
const BETWEEN_FIRST = new RegExp(
  `(?<=\\b[Bb]etween )(${COUNT_RE})(?= (?:and|to) (?:${COUNT_RE}) (${UNIT_RE})\\b)`,
  'g',
);
/** What every match of BETWEEN_FIRST holds, with the words around it. */
const BETWEEN_LENGTHS = new RegExp(
  `[Bb]etween (?:${COUNT_RE}) (?:and|to) (?:${COUNT_RE}) (?:${UNIT_RE})\\b`,
);

// "finishing in 3:07:35", "a time of 2:03:38": hours, minutes and seconds of a race or a
// flight, a length. A clock time so precise is rare in news and has "at" or "a.m.".
const ELAPSED = /(?<![:.\d])\b(\d{1,2}):([0-5]\d):([0-5]\d)\b(?![:.]\d|\s?[AaPp]\.?[Mm]\b)/g;

// "ages 6 months and older", "aged 55 years", "children ages 2 to 5 years": ages, which
// TimeML does not tag (nor "a 6-year-old", "40 years old", caught in the patterns).
const AGE_BEFORE = new RegExp(
  `\\b(?:${AGE_WORDS.map(eitherCaseInitial).join('|')})\\s+(?:${AGE_LINKS.map((w) => `${w}\\s+`).join('|')})?(?:[\\w.]+\\s+(?:\\w+\\s+)?(?:${wordsInOrder(AGE_JOINERS)}|-)\\s+)?$`,
);
const AGE_AFTER = new RegExp(
  `^\\s+(?:(?:${wordsInOrder(AGE_BOUND_JOINERS)})\\s+(?:${wordsInOrder(AGE_BOUNDS)})|${OF}\\s+${AGE_NOUN})\\b`,
);

/** Whether the length at `[start, end)` is someone's age. */
function isAge(text: string, start: number, end: number): boolean {
  return (
    AGE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
    AGE_AFTER.test(text.slice(end, end + 16))
  );
}

/** Counts that are not counts before these units: "a second time", "a quarter of". */
function declined(countWord: string, unitWord: string, after: string): boolean {
  const count = countWord.toLowerCase();
  const unit = unitWord.toLowerCase();
  const article = count === 'a' || count === 'an' || count === 'one';
  if (unit === 'second' && article) return true;
  if (unit === 'quarter' && (article || /^ of\b/.test(after))) return true;
  if (unit.startsWith('quarter') && /^(?:first|second|third|fourth)$/.test(count)) return true;
  return false;
}

/** Words after which "last" is the verb: "could last two weeks", "expected to last years". */
const VERB_LAST_BEFORE = new RegExp(
  `\\b(?:${eitherApostrophe(wordsInOrder(VERB_LAST_BEFORE_WORDS))})\\s+$`,
  'i',
);

/** A leading "last" and the space after it. */
const LEADING_LAST = new RegExp(`^${LAST}\\s+`, 'i');

/** "as many", "how many": a comparing word right before the count. */
const COMPARING_BEFORE = new RegExp(`\\b(?:${wordsInOrder(COMPARING_WORDS)})\\s+$`, 'i');

/**
 * Length of a leading "last" that is the verb, not the adjective: "the trial could last
 * several weeks" names "several weeks", which "last" takes as its object. Zero when
 * "last" is the adjective ("the last two weeks", "over last year").
 */
function verbLastLength(text: string, start: number): number {
  const m = LEADING_LAST.exec(text.slice(start, start + 8));
  if (!m) return 0;
  return VERB_LAST_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ? m[0].length : 0;
}

/**
 * "in as many months", "how many years": a count compared or asked for, not a length.
 * "twice as many days" is the same comparison.
 */
function isComparedCount(text: string, start: number, countWord: string): boolean {
  return (
    countWord.toLowerCase() === COMPARED_COUNT &&
    COMPARING_BEFORE.test(text.slice(Math.max(0, start - 5), start))
  );
}

/**
 * Durations: a count and a unit ("15 days" → `P15D`, "two-hour" → `PT2H`,
 * "the past two months" → `P2M`), vague ones ("recent weeks" → `PXW`, "for years" →
 * `PXY`) and halves ("half an hour" → `PT30M`).
 */
export const duration: Recogniser = {
  name: 'duration',
  find: ({ text }) => {
    const make = (start: number, end: number, value: string, rule: string): Candidate => ({
      start,
      end,
      type: 'DURATION',
      meaning: { kind: 'literal', value },
      rule,
    });
    // An array literal, not push(...): a spread into a call overflows the stack on
    // texts with hundreds of thousands of matches.
    return [
      ...scan(text, COUNTED, (m) => {
        const { start, end } = bounds(m);
        if (isQuotedTitle(text, start, end)) return undefined; // CBS's "60 Minutes"
        const lead = m[1] ?? '';
        const countWord = m[2] ?? '';
        if (isComparedCount(text, start + lead.length, countWord)) return undefined;
        if (isAge(text, start, end)) return undefined;
        // "the 2022-23 year", "1.000-day": the digits end a larger number or a range.
        if (lead === '' && /\d[-–/.,]$/.test(text.slice(Math.max(0, start - 2), start)))
          return undefined;
        const unitWord = m[4] ?? '';
        if (declined(countWord, unitWord, text.slice(end, end + 4))) return undefined;
        // "three-quarters of": a fraction, not a duration.
        if (m[3] === '-' && /^quarters$/i.test(unitWord)) return undefined;
        const value = durationValue(countOf(countWord), unitWord);
        if (!value) return undefined;
        // "the two-hour rally", "a five year plan": the article belongs to the noun, not to
        // the adjective (a hyphen, or a singular unit after a plural count, shows it).
        const count = countOf(countWord);
        const singularAfterPlural = count !== undefined && count > 1 && !/s$/i.test(unitWord);
        const adjective =
          (m[3] === '-' || singularAfterPlural) &&
          m[5] === undefined &&
          /^(?:the|an?) $/i.test(lead);
        // "a decade-long war": the article is the noun's; the count is the unit alone.
        if (m[5] !== undefined && /^an?$/i.test(countWord) && lead === '')
          return make(start + countWord.length + 1, end, value, 'duration');
        const verbLast = verbLastLength(text, start);
        return make(adjective ? start + lead.length : start + verbLast, end, value, 'duration');
      }),
      ...scan(text, VAGUE, (m) => {
        const { end } = bounds(m);
        let { start } = bounds(m);
        if (m[5] !== undefined) return make(start, end, 'P1Y', 'fiscal-year');
        // "in the weeks before": the plural alone; "over the years": with its article.
        if (m[6] !== undefined) start = end - m[6].length;
        if (m[7] !== undefined) start += m[0].indexOf(' ') + 1;
        const value = durationValue(
          undefined,
          m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? '',
        );
        return value
          ? make(start + verbLastLength(text, start), end, value, 'duration-vague')
          : undefined;
      }),
      ...scanIfHas(text, RANGE_ENDING, RANGE, (m) => {
        const { start, end } = bounds(m);
        // "between two to six days": two lengths, read by the counted patterns.
        if (/\bbetween\s$/i.test(text.slice(Math.max(0, start - 8), start))) return undefined;
        if (isAge(text, start, end)) return undefined;
        const low = countOf(m[1] ?? '');
        const value = low === undefined ? undefined : durationValue(low, m[2] ?? '');
        if (!value) return undefined;
        return { ...make(start, end, value, 'duration-range'), mod: 'EQUAL_OR_MORE' };
      }),
      ...scan(text, ELAPSED, (m) => {
        const { start, end } = bounds(m);
        if (clockCueBefore(text, start)) return undefined;
        const parts = (['H', 'M', 'S'] as const)
          .map((unit, i) => ({ unit, n: Number(m[i + 1]) }))
          .filter(({ n }) => n !== 0);
        if (parts.length === 0) return undefined;
        return make(
          start,
          end,
          `PT${parts.map(({ n, unit }) => `${n}${unit}`).join('')}`,
          'duration-clock',
        );
      }),
      ...scanIfHas(text, BETWEEN_LENGTHS, BETWEEN_FIRST, (m) => {
        const { start, end } = bounds(m);
        const count = countOf(m[1] ?? '');
        const value = count === undefined ? undefined : durationValue(count, m[2] ?? '');
        if (!value || isAge(text, start, end)) return undefined;
        return make(start, end, value, 'duration-range');
      }),
      ...scan(text, AND_A_HALF_COUNTED, (m) => {
        const { start: halfStart, end } = bounds(m);
        const counted = COUNT_AT_END.exec(text.slice(Math.max(0, halfStart - 16), halfStart));
        if (!counted) return undefined;
        const count = countOf(counted[1] ?? '');
        const value = count === undefined ? undefined : durationValue(count + 0.5, m[1] ?? '');
        const start = halfStart - counted[0].length;
        return value ? make(start, end, value, 'duration-half') : undefined;
      }),
      ...scanIfHas(text, AFTER_ITS_WORD, UNKNOWN_LENGTH, (m) => {
        const { start, end } = bounds(m);
        return make(start, end, 'PXX', 'duration-unknown');
      }),
      ...scanIfHas(text, HALF_WORD, HALF_PATTERN, (m) => {
        const { start, end } = bounds(m);
        const value =
          m[1] !== undefined
            ? HALF_UNITS.get(m[1].toLowerCase())
            : m[2] !== undefined
              ? AND_A_HALF_UNITS.get(m[2].toLowerCase())
              : HALF_UNITS.get((m[3] ?? '').toLowerCase());
        return value ? make(start, end, value, 'duration-half') : undefined;
      }),
    ];
  },
};
