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

/** Nouns that make "today's" mean the present era: "today's world", "today's youth". */
const ERA_NOUN =
  /^['’]s (?:world|society|youth|young|generation|children|kids|teenagers|culture|standards)\b/i;

/**
 * "today's world", "the leaders of tomorrow": the present or coming era in general,
 * not a day; TimeML news annotation leaves these generic uses.
 */
function isEra(text: string, start: number, end: number, word: string): boolean {
  if (word === 'today' && ERA_NOUN.test(text.slice(end, end + 14))) return true;
  // "the people of tomorrow", but not "the end of tomorrow", "the start of tomorrow's".
  return (
    word === 'tomorrow' &&
    /\b(?:people|leaders|world|generation|cars|cities|jobs|workers|children) of $/i.test(
      text.slice(Math.max(0, start - 16), start),
    )
  );
}

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
      if (isEra(text, start, end, word)) return undefined;
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
