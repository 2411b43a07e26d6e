import type { Recogniser, Unit } from '../types.ts';
import { bounds, isQuotedTitle, scan } from './scan.ts';

const PATTERN =
  /\b(?:([Tt]he) )?(this past|last|next|this|coming|current|previous|following|same|past|upcoming|latest|prior|most recent) (week|weekend|month|quarter|year|decade|century)\b|\b[Tt]he (quarter|latest period|most recent period)\b(?! (?:of|century|mile|point|final))|(?<=\b(?:[Ff]or|of|during) )the (year)(?=[,.;:]| of \$)/gi;

/** Which way "last/next/…" counts, and whether from the document or the previous date. */
function direction(word: string): { offset: number; from: 'document' | 'previous' } {
  switch (word) {
    case 'last':
    case 'past':
    case 'this past':
    case 'latest':
    case 'most recent':
      return { offset: -1, from: 'document' };
    case 'next':
    case 'coming':
    case 'upcoming':
      return { offset: 1, from: 'document' };
    case 'previous':
    case 'prior':
      return { offset: -1, from: 'previous' };
    case 'following':
      return { offset: 1, from: 'previous' };
    case 'same':
      return { offset: 0, from: 'previous' };
    default:
      return { offset: 0, from: 'document' };
  }
}

/**
 * Calendar units counted from a reference: "last month" → the whole previous month
 * (`2012-01`), "next year", "this week" (`2012-W09`), "the following year" (from the
 * date mentioned before). "The quarter" in business news is the latest one reported;
 * "for the year" closing a phrase is the year under discussion.
 */
export const relativeUnit: Recogniser = {
  name: 'relative-unit',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      if (isQuotedTitle(text, start, end)) return undefined; // ABC's "This Week"
      if (m[4] !== undefined) {
        return {
          start,
          end,
          type: 'DATE',
          meaning: { kind: 'relative', unit: 'quarter', offset: -1, from: 'document' },
          rule: 'relative-unit',
        };
      }
      if (m[5] !== undefined) {
        // "For the year, volume was flat", "a high for the year": the year under
        // discussion, the one of the date mentioned last (else the document's).
        return {
          start,
          end,
          type: 'DATE',
          meaning: { kind: 'relative', unit: 'year', offset: 0, from: 'previous' },
          rule: 'relative-unit',
        };
      }
      const word = (m[2] ?? '').toLowerCase();
      const unit = (m[3] ?? '').toLowerCase() as Unit;
      const { from } = direction(word);
      let { offset } = direction(word);
      // "the latest quarter", "the last quarter" are reported periods; "latest year" is odd.
      if (word === 'latest' && unit !== 'quarter') offset = 0;
      return {
        start,
        end,
        type: 'DATE',
        meaning: { kind: 'relative', unit, offset, from },
        rule: 'relative-unit',
      };
    }),
};
