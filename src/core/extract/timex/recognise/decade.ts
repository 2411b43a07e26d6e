import type { Recogniser } from '../types.ts';
import { bounds, scanIfHas } from './scan.ts';

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};

// "the 1990s", "1990s", "the '90s", "the 20th century", "the twenty-first century".
const PATTERN = new RegExp(
  [
    "\\b(?:[Tt]he )?(1[0-9]|20)(\\d)0(?:'s|’s|s)\\b",
    "(?:\\b[Tt]he )?['’](\\d)0s\\b",
    `\\b(?:[Tt]he )?(\\d{1,2})(?:st|nd|rd|th)[- ]century\\b`,
    `\\b(?:[Tt]he )?(${Object.keys(ORDINAL_WORDS).join('|')})[- ]century\\b`,
  ].join('|'),
  'gi',
);

/** What every match holds: a decade's "0s" or the word "century". */
const DECADE_OR_CENTURY = /0['’]?s|century/i;

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
        const n = m[4] !== undefined ? Number(m[4]) : ORDINAL_WORDS[(m[5] ?? '').toLowerCase()];
        if (n === undefined || n < 1 || n > 21) return undefined;
        yearPrefix = String(n - 1).padStart(2, '0');
        unit = 'century';
      }
      // "the 1970s-era law", "a 19th-century church": the article is the noun's.
      const adjective = text[end] === '-' && /^(?:the|a) /i.test(m[0]);
      return {
        start: adjective ? start + m[0].indexOf(' ') + 1 : start,
        end,
        type: 'DATE',
        meaning: { kind: 'calendar', yearPrefix },
        rule: unit,
      };
    }),
};
