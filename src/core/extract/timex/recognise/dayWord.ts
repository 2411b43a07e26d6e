import { PART_OF_DAY_RE, partOfDayOf } from '../partOfDay.ts';
import type { Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

const PATTERN = new RegExp(
  [
    `\\b(the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow)(?:(?:'s|’s)? (${PART_OF_DAY_RE}))?\\b`,
    `\\b(this|last|tomorrow|yesterday) (${PART_OF_DAY_RE})\\b`,
  ].join('|'),
  'gi',
);

const OFFSETS: Readonly<Record<string, number>> = {
  'the day before yesterday': -2,
  yesterday: -1,
  today: 0,
  tonight: 0,
  tomorrow: 1,
  'the day after tomorrow': 2,
  this: 0,
  last: -1,
};

/**
 * Days named from the document date: "yesterday" (−1), "tomorrow morning",
 * "tonight" (`…TNI`), "this morning", "last night".
 */
export const dayWord: Recogniser = {
  name: 'day-word',
  find: ({ text }) =>
    scan(text, PATTERN, (m) => {
      const { start, end } = bounds(m);
      const word = (m[1] ?? m[3] ?? '').toLowerCase();
      const offset = OFFSETS[word];
      if (offset === undefined) return undefined;
      let partOfDay = partOfDayOf(m[2] ?? m[4]);
      if (word === 'tonight') partOfDay = 'NI';
      // "last morning" is not English; "last night" is.
      if (word === 'last' && partOfDay !== 'NI') return undefined;
      return {
        start,
        end,
        type: partOfDay ? 'TIME' : 'DATE',
        meaning: { kind: 'relative', unit: 'day', offset, from: 'document', partOfDay },
        rule: 'day-word',
      };
    }),
};
