import { COUNT_RE, UNIT_RE, countOf, durationUnitOf } from '../lexicon.ts';
import type { Recogniser, Unit } from '../types.ts';
import { bounds, scan } from './scan.ts';

// "two days ago", "a year earlier", "six months later", "three weeks from now".
const PATTERN = new RegExp(
  `\\b(${COUNT_RE})[- ](${UNIT_RE})(?: or so)? (ago|earlier|later|before|after|from now|hence|back)\\b(?!-)`,
  'gi',
);

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
 * A vague count ("several years ago") is only known to be in the past: `PAST_REF`.
 * "before"/"after" count only when they end the phrase ("two weeks after." but not
 * "two weeks after the vote", where the duration is what is named).
 */
export const agoLater: Recogniser = {
  name: 'ago-later',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      const word = (m[3] ?? '').toLowerCase();
      if (
        (word === 'before' || word === 'after') &&
        !/^\s*(?:[,.;:)]|$)/.test(text.slice(end, end + 3))
      )
        return undefined;
      const unitInfo = durationUnitOf(m[2] ?? '');
      if (!unitInfo || unitInfo.time) return undefined; // "two hours ago": left to clock times
      const unit = UNIT_OF_LETTER[unitInfo.letter];
      if (!unit) return undefined;
      const count = countOf(m[1] ?? '');
      const back = word === 'ago' || word === 'earlier' || word === 'before' || word === 'back';
      if (count === undefined) {
        return {
          start,
          end,
          type: 'DATE',
          meaning: { kind: 'literal', value: back ? 'PAST_REF' : 'FUTURE_REF' },
          rule: 'ago-later-vague',
        };
      }
      const from =
        word === 'ago' || word === 'from now' || word === 'hence' || word === 'back'
          ? 'document'
          : 'previous';
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
