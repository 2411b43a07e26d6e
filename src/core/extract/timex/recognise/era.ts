import type { Candidate, Recogniser } from '../types.ts';
import { scanIfHas } from './scan.ts';

/** An era after a year: "BC", "BCE", "B.C.", "AD", "A.D.", "CE". */
const ERA_AFTER = '(BCE?|B\\.C\\.(?:E\\.)?|CE|AD|A\\.D\\.)(?![A-Za-z])';

// "499 BC", "ca. 466 BC", "the 470s BC", "499–493 BC", "from 499 to 493 BC", "496 and
// 495 BC", "AD 9", "the 4th century BC". The era after the last year of a range or pair
// holds for the first too. `d` gives the groups' offsets.
/** What every match holds: the era's letters. */
const ERA_MARKS = ['BC', 'B.C', 'CE', 'AD', 'A.D'] as const;

const PATTERN = new RegExp(
  [
    // 1 circa, 2 first number, 3 its "s", 4 second number, 5 its "s", 6 era
    `(?<!\\w)(?:(c\\.|ca\\.|circa) ?)?(?:the )?(\\d{1,4})(s)?(?:(?: ?[-–] ?| (?:to|and|or|until) )(?:the )?(\\d{1,4})(s)?)? ?${ERA_AFTER}`,
    // 7 "AD"/"A.D." before the year, 8 the year
    '\\b(AD|A\\.D\\.) ?(\\d{1,4})\\b(?![-–/.,]\\d)',
    // 9 the century's number, 10 era
    `\\b(?:the )?(\\d{1,2})(?:st|nd|rd|th)[- ]century ${ERA_AFTER}`,
  ].join('|'),
  'dg',
);

/** A year (or decade prefix) of the era named: BC years are held as negative. */
function eraYear(digits: string, era: string): number {
  const n = Number(digits);
  return /^B/.test(era) ? -n : n;
}

function yearCandidate(start: number, end: number, year: number): Candidate {
  return { start, end, type: 'DATE', meaning: { kind: 'calendar', year }, rule: 'era' };
}

/** A decade ("the 470s BC") by its leading digits, as TimeML writes it: `BC047`. */
function decadeCandidate(start: number, end: number, digits: string, era: string): Candidate {
  const lead = String(Math.floor(Number(digits) / 10)).padStart(3, '0');
  const yearPrefix = /^B/.test(era) ? `BC${lead}` : lead;
  return { start, end, type: 'DATE', meaning: { kind: 'calendar', yearPrefix }, rule: 'era' };
}

/**
 * Years with their era: "499 BC" → `BC0499`, "AD 9" → `0009`, "the 470s BC" →
 * `BC047`, "the 4th century BC" → `BC03`. In a range, "499–493 BC" or "from 499 to
 * 493 BC", each end is its own year, as year ranges are, and both take the era.
 */
export const era: Recogniser = {
  name: 'era',
  find: ({ text }) => {
    const found: Candidate[] = [];
    scanIfHas(text, ERA_MARKS, PATTERN, (m) => {
      const at = m.indices;
      if (!at) return undefined;
      if (m[9] !== undefined && m[10] !== undefined) {
        const n = Number(m[9]);
        if (n < 1) return undefined;
        const lead = String(n - 1).padStart(2, '0');
        const yearPrefix = /^B/.test(m[10]) ? `BC${lead}` : lead;
        found.push({
          start: m.index,
          end: m.index + m[0].length,
          type: 'DATE',
          meaning: { kind: 'calendar', yearPrefix },
          rule: 'era',
        });
        return undefined;
      }
      if (m[7] !== undefined && m[8] !== undefined) {
        // "AD" before a number: only an era where the number is a plausible year.
        if (/^0/.test(m[8])) return undefined;
        found.push(yearCandidate(m.index, m.index + m[0].length, Number(m[8])));
        return undefined;
      }
      const first = m[2];
      const era = m[6];
      if (first === undefined || era === undefined) return undefined;
      // "$500 BC" would be money; "5-4 BC" a score: a year has no currency before it.
      if (/[$£€]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) return undefined;
      const end = m.index + m[0].length;
      const firstSpan = at[2]!;
      const start = m[1] !== undefined || /^the /i.test(m[0]) ? m.index : firstSpan[0];
      if (m[4] === undefined) {
        found.push(
          m[3] !== undefined
            ? decadeCandidate(start, end, first, era)
            : yearCandidate(start, end, eraYear(first, era)),
        );
        return undefined;
      }
      const secondSpan = at[4]!;
      const firstEnd = m[3] !== undefined ? firstSpan[1] + 1 : firstSpan[1];
      const secondStart = /the $/i.test(text.slice(secondSpan[0] - 4, secondSpan[0]))
        ? secondSpan[0] - 4
        : secondSpan[0];
      found.push(
        m[3] !== undefined
          ? decadeCandidate(start, firstEnd, first, era)
          : yearCandidate(start, firstEnd, eraYear(first, era)),
        m[5] !== undefined
          ? decadeCandidate(secondStart, end, m[4], era)
          : yearCandidate(secondStart, end, eraYear(m[4], era)),
      );
      return undefined;
    });
    return found;
  },
};
