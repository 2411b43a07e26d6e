import { COUNT_RE, UNIT_RE, countOf, durationValue } from '../lexicon.ts';
import type { Candidate, Recogniser } from '../types.ts';
import { bounds, isQuotedTitle, scan } from './scan.ts';

const LEAD =
  '(?:(?:[Tt]he|[Aa]n?|[Ee]ach of the|[Aa]ll) )?(?:(?:past|last|next|first|coming|previous|latest|final|following|remaining|initial|prior|further|additional|same|ensuing) )?';
const QUALIFIER =
  '(?:(?:more|additional|full|straight|consecutive|trading|business|working|calendar|school|extra)[- ])?';

// "15 days", "the past two weeks", "a two-hour rally", "the first nine months"; ages
// ("52 years old", "a 6-year-old") are not durations in TimeML news annotation.
const COUNTED = new RegExp(
  `\\b(${LEAD})(${COUNT_RE})([- ])${QUALIFIER}(${UNIT_RE})(-long)?\\b(?!-\\w| old\\b)`,
  'gi',
);

// "recent weeks", "the coming months", "for years", "decades-long".
const VAGUE = new RegExp(
  [
    '\\b(?:[Tt]he )?(?:(?:recent|coming)(?= (?:days|weeks|months|years)\\b)|ensuing|intervening|next few|past few|last few|past several|last several|next several) (days|weeks|months|quarters|years|decades)\\b',
    '(?<=\\b(?:for|over|within|during|lasting|took|take|takes|taking|spent|spend|spends|in) )(hours|days|weeks|months|years|decades|centuries)\\b(?! (?:ago|of|old|later|earlier|before|after))',
    '\\b(hours|days|weeks|months|years|decades)-long\\b',
    '\\b[Tt]he (days|weeks|months|years) ahead\\b',
    // "the year ended Sept. 30": a fiscal year, counted as a length.
    '\\b[Tt]he (?:fiscal |financial )?(year)(?= (?:that |which )?(?:ended|ending|ends|through) )',
  ].join('|'),
  'gi',
);

// "for some time", "for a while": a stretch of unknown length.
const UNKNOWN_LENGTH =
  /(?<=\b(?:for|in|after) )(?:some time|a while|a long time|a short time|a long while|quite some time)\b/g;

// "half an hour", "an hour and a half", "a half-day".
const HALF =
  /\b(?:half an? (hour|day|year|decade|century)|an? (minute|hour|day|year) and a half|an? half[- ](hour|day))\b/gi;

// "two to three weeks", "12 to 18 months": the span covers the range; the value is its
// lower end (TimeML has no range value), and the modifier says "at least".
const RANGE = new RegExp(`\\b(${COUNT_RE})(?: to | or |-)(?:${COUNT_RE}) (${UNIT_RE})\\b`, 'gi');

const HALF_VALUES: Readonly<Record<string, string>> = {
  hour: 'PT30M',
  day: 'PT12H',
  year: 'P6M',
  decade: 'P5Y',
  century: 'P50Y',
};
const AND_A_HALF: Readonly<Record<string, string>> = {
  minute: 'PT1M30S',
  hour: 'PT1H30M',
  day: 'P1DT12H',
  year: 'P1Y6M',
};

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
        return make(adjective ? start + lead.length : start, end, value, 'duration');
      }),
      ...scan(text, VAGUE, (m) => {
        const { start, end } = bounds(m);
        if (m[5] !== undefined) return make(start, end, 'P1Y', 'fiscal-year');
        const value = durationValue(undefined, m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
        return value ? make(start, end, value, 'duration-vague') : undefined;
      }),
      ...scan(text, RANGE, (m) => {
        const { start, end } = bounds(m);
        const low = countOf(m[1] ?? '');
        const value = low === undefined ? undefined : durationValue(low, m[2] ?? '');
        if (!value) return undefined;
        return { ...make(start, end, value, 'duration-range'), mod: 'EQUAL_OR_MORE' };
      }),
      ...scan(text, UNKNOWN_LENGTH, (m) => {
        const { start, end } = bounds(m);
        return make(start, end, 'PXX', 'duration-unknown');
      }),
      ...scan(text, HALF, (m) => {
        const { start, end } = bounds(m);
        const value =
          m[1] !== undefined
            ? HALF_VALUES[m[1].toLowerCase()]
            : m[2] !== undefined
              ? AND_A_HALF[m[2].toLowerCase()]
              : HALF_VALUES[(m[3] ?? '').toLowerCase()];
        return value ? make(start, end, value, 'duration-half') : undefined;
      }),
    ];
  },
};
