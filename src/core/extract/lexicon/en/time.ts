/**
 * Words of time in English, and the regex pieces built from them. Every pattern here
 * is a flat alternation of literals: no nested repetition, so matching stays linear.
 */

/** Month names and abbreviations (capitalised, as news prints them) → 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** The full month names, capitalised, January first: the ones dates are written with. */
export { MONTH_NAMES } from '../../../calendar/describeDate.ts';

/** A capitalised month name, full or abbreviated with an optional dot. "Mar" and "May" need care. */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

/** Month number of a month word as matched by MONTH_RE. */
export function monthOf(word: string): number | undefined {
  return MONTHS.get(word.replace('.', '').toLowerCase());
}

/** Weekday names → 0 (Sunday) … 6 (Saturday), as date-fns numbers them. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0],
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
]);

/** The words of a day and a week, as parts of a month: "the first week of March", "the last day of June". */
export const DAY_WORD = 'day';
export const WEEK_WORD = 'week';

/** Days or weeks at the start or end of a month: "the last few days of May", "the first weeks of June". */
export const MONTH_PART_PLURALS: readonly string[] = ['days', 'weeks'];
export const FEW = 'few';

/**
 * Ordinals before a part of a month, and what each names: where in the month it lies
 * ('start' or 'end', as a mod), the day that opens its week ("the second week" holds the
 * 8th), and whether "the … day of" is one day ("the first day", "the last day").
 */
export const MONTH_PART_ORDINALS: ReadonlyMap<
  string,
  { place?: 'start' | 'end'; weekDay?: number; oneDay?: true }
> = new Map([
  ['first', { place: 'start', weekDay: 1, oneDay: true }],
  ['second', { weekDay: 8 }],
  ['third', { weekDay: 15 }],
  ['fourth', { weekDay: 22 }],
  ['last', { place: 'end', oneDay: true }],
  ['final', { place: 'end', oneDay: true }],
  ['opening', { place: 'start' }],
  ['closing', { place: 'end', oneDay: true }],
]);

/** Verbs between a week and the day that closes it: "the week ending May 11". */
export const WEEK_ENDING_VERBS: readonly string[] = ['ending', 'ended'];

/** Saturday and Sunday together: "every weekend". */
export const WEEKEND = 'weekend';

export const WEEKDAY_RE = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

export function weekdayOf(word: string): number | undefined {
  return WEEKDAYS.get(word.toLowerCase().replace(/s$/, ''));
}

const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
  ['a hundred', 100],
  ['one hundred', 100],
  ['dozen', 12],
  ['a dozen', 12],
  ['a', 1],
  ['an', 1],
  ['a couple of', 2],
  ['a couple', 2],
  ['couple of', 2],
]);

/** Words for an unknown count: "several days" → PXD. */
export const VAGUE_COUNTS = new Set([
  'several',
  'a few',
  'few',
  'many',
  'some',
  'a number of',
  'a couple of',
]);

/** The tens in words, "twenty" to "ninety". */
export const TENS_WORDS: readonly string[] = [
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
];

/** The units in words, "one" to "nine". */
export const ONES_WORDS: readonly string[] = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
];

/** The teens in words, "ten" to "nineteen". */
export const TEENS_WORDS: readonly string[] = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];

const TENS = `(?:${TENS_WORDS.join('|')})`;
const UNITS_WORDS = `(?:${ONES_WORDS.join('|')})`;

/**
 * A count: digits, number words ("twenty-four"), "a", "a couple of", "several". Digits
 * start a number, never inside one ("1,000" does not also match at "000"), and take at
 * most six thousands groups: each try is bounded, so a long digit run stays linear.
 */
export const COUNT_RE =
  `(?:(?<!\\d[,.])\\d{1,3}(?:,\\d{3}){0,6}(?:\\.\\d+)?(?: 1/2)?|${TENS}(?:[- ]${UNITS_WORDS})?|` +
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)' +
  '|(?:a |one )?hundred|a dozen|dozen|a couple of|a couple|couple of|an|a|several|a few|few|many|some|a number of)';

/** Number value of a count as matched by COUNT_RE; `undefined` for vague counts. */
export function countOf(words: string): number | undefined {
  const w = words.toLowerCase().trim();
  if (VAGUE_COUNTS.has(w) && w !== 'a couple of') return undefined;
  const half = / 1\/2$/.test(w) ? 0.5 : 0;
  const digits = /^\d+(?:\.\d+)?/.exec(w.replace(/,(?=\d{3})/g, ''));
  if (digits) return Number(digits[0]) + half;
  const small = SMALL_NUMBERS.get(w);
  if (small !== undefined) return small;
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(w);
  if (compound) {
    const tens = SMALL_NUMBERS.get(compound[1]!);
    const ones = SMALL_NUMBERS.get(compound[2]!);
    if (tens !== undefined && ones !== undefined) return tens + ones;
  }
  return undefined;
}

/** The hours of a clock face in words, one to twelve, in order: "at five o'clock". */
export const CLOCK_HOUR_WORDS: readonly string[] = [...ONES_WORDS, ...TEENS_WORDS.slice(0, 3)];

/** Duration unit words, singular or plural. */
export const UNIT_RE =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millennium|millennia)';

/** ISO 8601 duration letter and multiplier of a unit word. */
export function durationUnitOf(
  word: string,
): { letter: string; time: boolean; factor: number } | undefined {
  const w = word.toLowerCase();
  if (w.startsWith('second')) return { letter: 'S', time: true, factor: 1 };
  if (w.startsWith('minute')) return { letter: 'M', time: true, factor: 1 };
  if (w.startsWith('hour')) return { letter: 'H', time: true, factor: 1 };
  if (w.startsWith('day') || w.startsWith('night')) return { letter: 'D', time: false, factor: 1 };
  if (w.startsWith('fortnight')) return { letter: 'W', time: false, factor: 2 };
  if (w.startsWith('week')) return { letter: 'W', time: false, factor: 1 };
  if (w.startsWith('month')) return { letter: 'M', time: false, factor: 1 };
  if (w.startsWith('quarter')) return { letter: 'Q', time: false, factor: 1 };
  if (w.startsWith('year')) return { letter: 'Y', time: false, factor: 1 };
  if (w.startsWith('decade')) return { letter: 'E', time: false, factor: 1 };
  if (w.startsWith('centur')) return { letter: 'C', time: false, factor: 1 };
  if (w.startsWith('millenni')) return { letter: 'L', time: false, factor: 1 };
  return undefined;
}

/**
 * TimeML duration value for `count` units: `P15D`, `PT2H`, `P2Y6M` for 2½ years,
 * `PXY` when the count is unknown. Decades and centuries keep TimeML's letters
 * (`P1E`, `P1C`) except when counted in years reads better (`P40Y` for "four decades").
 */
export function durationValue(count: number | undefined, unitWord: string): string | undefined {
  const unit = durationUnitOf(unitWord);
  if (!unit) return undefined;
  const prefix = unit.time ? 'PT' : 'P';
  if (count === undefined) return `${prefix}X${unit.letter}`;
  let n = count * unit.factor;
  let letter = unit.letter;
  if (letter === 'E') {
    n *= 10;
    letter = 'Y';
  }
  if (!Number.isInteger(n)) {
    // Halves: "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M.
    const whole = Math.floor(n);
    const smaller: Record<string, [string, number]> = {
      Y: ['M', 12],
      M: ['D', 30],
      W: ['D', 7],
      D: ['H', 24],
      H: ['M', 60],
    };
    const next = smaller[letter];
    if (!next) return `${prefix}${n}${letter}`;
    const rest = Math.round((n - whole) * next[1]);
    const tail = letter === 'D' ? `T${rest}${next[0]}` : `${rest}${next[0]}`;
    return `${prefix}${whole}${letter}${tail}`;
  }
  return `${prefix}${n}${letter}`;
}

/**
 * Which occurrence a leading word picks out: "last/this past March" the last one,
 * "next/this coming summer" the next one, "this June" the current one.
 *
 * @example occurrenceOf('this past') // 'last'
 */
export function occurrenceOf(lead: string | undefined): 'last' | 'next' | 'this' | undefined {
  if (lead === 'last' || lead === 'this past') return 'last';
  if (lead === 'next' || lead === 'this coming') return 'next';
  return lead === 'this' ? 'this' : undefined;
}

const CLOCK_CUE = /\b(?:at|by|until|till|from|since|before|after|around|about)\s$/i;

/**
 * Whether the words just before `start` introduce a clock time: "at 10:32:15" is a
 * time of day, "finishing in 3:07:35" a length. The clock-time and duration steps
 * split hours, minutes and seconds between them by this one test.
 *
 * @example clockCueBefore('struck at 10:32:15', 10) // true
 */
export function clockCueBefore(text: string, start: number): boolean {
  return CLOCK_CUE.test(text.slice(Math.max(0, start - 7), start));
}

/**
 * The ordinal suffix English writes after a day: 1st, 2nd, 3rd, 4th, 11th, 22nd.
 *
 * @example ordinalSuffix(22) // 'nd'
 */
export function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

/** The word of a hundred years: "the 20th century". */
export const CENTURY = 'century';

/** Ordinal words that number a century: "the twenty-first century". */
export const CENTURY_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['thirteenth', 13],
  ['fourteenth', 14],
  ['fifteenth', 15],
  ['sixteenth', 16],
  ['seventeenth', 17],
  ['eighteenth', 18],
  ['nineteenth', 19],
  ['twentieth', 20],
  ['twenty-first', 21],
]);

/** Articles before a decade or century used as an adjective, which belong to the noun: "the 1970s-era law", "a 19th-century church". */
export const ADJECTIVE_ARTICLES: readonly string[] = ['the', 'a'];

/** Years spoken as centuries and a number: "nineteen ninety-six", "eighteen twelve". */
export const SPOKEN_CENTURIES: ReadonlyMap<string, number> = new Map([
  ['nineteen', 1900],
  ['eighteen', 1800],
]);

/** "nineteen oh five": the zero of a spoken year. */
export const SPOKEN_ZERO = 'oh';

/** "nineteen hundred": the year that opens the century. */
export const HUNDRED = 'hundred';

/** "the year two thousand": the words that make a number a year. */
export const THE_YEAR = 'the year';

/** The year 2000 in words, and the word that may join its units: "two thousand and one". */
export const TWO_THOUSAND = 'two thousand';
export const AND = 'and';

/** Words after "two thousand" that make it a count: "two thousand people". */
export const COUNTED_AFTER_TWO_THOUSAND: readonly string[] = [
  'people',
  'dollars',
  'troops',
  'years',
  'of',
];

/** Decades in words and the first three digits of their years: "the nineties" → 199. */
export const SPOKEN_DECADES: ReadonlyMap<string, string> = new Map([
  ['twenties', '192'],
  ['thirties', '193'],
  ['forties', '194'],
  ['fifties', '195'],
  ['sixties', '196'],
  ['seventies', '197'],
  ['eighties', '198'],
  ['nineties', '199'],
]);

/** The ending every spoken decade shares: a quick test of a text. */
export const SPOKEN_DECADE_ENDING = 'ties';
