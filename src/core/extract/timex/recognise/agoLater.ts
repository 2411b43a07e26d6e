import {
  COMPARATIVE_OFFSETS,
  COUNTED_FROM_WORDS_AFTER,
  COUNT_RE,
  LENGTH_WORDS,
  PREPOSITION_OFFSETS,
  ROUGHLY_AFTER,
  THAN,
  UNCOUNTED_UNITS,
  UNIT_RE,
  countOf,
  durationUnitOf,
} from '../../lexicon/en/index.ts';
import { wordsInOrder } from '../../lexicon/pattern.ts';
import type { Recogniser, Unit } from '../types.ts';
import { bounds, scan } from './scan.ts';

// "two days ago", "a year earlier", "six months later", and with no count "months
// ago", "years later". ("Three weeks from now" is two expressions: see below.)
const PATTERN = new RegExp(
  `(?<!\\w)(?:(${COUNT_RE})[- ](${UNIT_RE})|(${wordsInOrder(UNCOUNTED_UNITS)}))(?: ${ROUGHLY_AFTER})? (${wordsInOrder(COUNTED_FROM_WORDS_AFTER.keys())})\\b(?!-)`,
  'gi',
);

/** "earlier than usual": a comparison. */
const THAN_AFTER = new RegExp(`^\\s+${THAN}\\b`, 'i');

/** "stayed for years after": a length. */
const LENGTH_BEFORE = new RegExp(`\\b(?:${wordsInOrder(LENGTH_WORDS)})\\s$`, 'i');

const COMPARATIVES: ReadonlySet<string> = new Set(COMPARATIVE_OFFSETS);
const PREPOSITIONS: ReadonlySet<string> = new Set(PREPOSITION_OFFSETS);

const UNIT_OF_LETTER: Readonly<Record<string, Unit>> = {
  D: 'day',
  W: 'week',
  M: 'month',
  Q: 'quarter',
  Y: 'year',
  E: 'decade',
  C: 'century',
};

/**
 * A date counted back or forward a number of units: "two days ago" is a day,
 * "five months ago" a month, "a year earlier" a year before the date mentioned last.
 * A vague count ("several years ago", "months ago") is only known to be in the past:
 * `PAST_REF`; "years later" is `FUTURE_REF`, or `PAST_REF` when told in the past.
 * "before"/"after" count only when they end the phrase ("two weeks after." but not
 * "two weeks after the vote", where the duration is what is named). "Earlier than
 * usual" compares: the length alone is tagged, by the duration step. "Eight years
 * from now" is not read here either: TimeML tags the length and "now" apart, as it
 * tags "a week from Monday" (the duration and vague-ref steps read the two parts).
 */
export const agoLater: Recogniser = {
  name: 'ago-later',
  find: ({ text, tenseAt }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      const word = (m[4] ?? '').toLowerCase();
      // "a month earlier than usual": a difference between two times, not a date.
      if (COMPARATIVES.has(word) && THAN_AFTER.test(text.slice(end, end + 6))) return undefined;
      // "stayed for years after": the length, with "after" an adverb.
      if (m[3] !== undefined && LENGTH_BEFORE.test(text.slice(Math.max(0, start - 4), start)))
        return undefined;
      if (PREPOSITIONS.has(word) && !/^\s*(?:[,.;:)]|$)/.test(text.slice(end, end + 3)))
        return undefined;
      const unitInfo = durationUnitOf(m[2] ?? m[3] ?? '');
      if (!unitInfo || unitInfo.time) return undefined; // "two hours ago": left to clock times
      const unit = UNIT_OF_LETTER[unitInfo.letter];
      if (!unit) return undefined;
      const count = m[1] === undefined ? undefined : countOf(m[1]);
      const direction = COUNTED_FROM_WORDS_AFTER.get(word);
      if (!direction) return undefined;
      const { back } = direction;
      if (count === undefined) {
        // "Years later, he returned": later than the story's last date, yet told as past.
        const past = back || tenseAt(start, end) === 'past';
        return {
          start,
          end,
          type: 'DATE',
          meaning: { kind: 'literal', value: past ? 'PAST_REF' : 'FUTURE_REF' },
          rule: 'ago-later-vague',
        };
      }
      const { from } = direction;
      return {
        start,
        end,
        type: 'DATE',
        meaning: {
          kind: 'relative',
          unit,
          offset: Math.round(count * unitInfo.factor) * (back ? -1 : 1),
          from,
        },
        rule: 'ago-later',
      };
    }),
};
