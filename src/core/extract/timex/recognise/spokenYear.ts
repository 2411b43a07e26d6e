import { countOf } from '../../lexicon/en/index.ts';
import type { Recogniser } from '../types.ts';
import { bounds, scanIfHas } from './scan.ts';

const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const ONES = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';

// Years and decades as broadcast transcripts spell them: "nineteen ninety-six",
// "the year two thousand", "two thousand and one", "the nineties".
const PATTERN = new RegExp(
  [
    `(?<!\\w)(?:[Tt]he year )?(nineteen|eighteen) (${TENS}(?:[- ]${ONES})?|${TEENS}|oh[- ]${ONES}|hundred)\\b`,
    `\\b(?:[Tt]he year )?two thousand(?:(?: and)? (${ONES}|${TEENS}|${TENS}(?:[- ]${ONES})?))?\\b(?! (?:people|dollars|troops|years|of))`,
    `\\b[Tt]he (twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b`,
  ].join('|'),
  'g',
);

/** What every match holds (case as the pattern writes it). */
const SPOKEN_MARKS = ['nineteen', 'eighteen', 'two thousand', 'ties'] as const;

const DECADES: Readonly<Record<string, string>> = {
  twenties: '192',
  thirties: '193',
  forties: '194',
  fifties: '195',
  sixties: '196',
  seventies: '197',
  eighties: '198',
  nineties: '199',
};

/** Years and decades in words: "nineteen ninety-six" → `1996`, "the nineties" → `199X`. */
export const spokenYear: Recogniser = {
  name: 'spoken-year',
  find: ({ text }) =>
    scanIfHas(text, SPOKEN_MARKS, PATTERN, (m) => {
      const { start, end } = bounds(m);
      if (m[4] !== undefined) {
        const prefix = DECADES[m[4]];
        return prefix
          ? {
              start,
              end,
              type: 'DATE',
              meaning: { kind: 'calendar', yearPrefix: prefix },
              rule: 'spoken-decade',
            }
          : undefined;
      }
      let year: number | undefined;
      if (m[1] !== undefined) {
        const century = m[1] === 'nineteen' ? 1900 : 1800;
        const rest = (m[2] ?? '').replace(/^oh[- ]/, '');
        const n = rest === 'hundred' ? 0 : countOf(rest);
        year = n === undefined ? undefined : century + n;
      } else {
        // "two thousand" alone is a count unless "the year" says otherwise.
        if (m[3] === undefined && !/^[Tt]he year /.test(m[0])) return undefined;
        const n = m[3] === undefined ? 0 : countOf(m[3]);
        year = n === undefined ? undefined : 2000 + n;
      }
      if (year === undefined) return undefined;
      return { start, end, type: 'DATE', meaning: { kind: 'calendar', year }, rule: 'spoken-year' };
    }),
};
