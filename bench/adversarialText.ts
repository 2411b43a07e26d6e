/**
 * A text built to stress a date engine: runs of month names and weekdays, long digit runs,
 * number-like and date-like fragments, and random words, with little punctuation.
 * Deterministic: the same size gives the same text.
 */

const MONTHS =
  'January February March April May June July August September October November December Jan Feb Mar Sept Oct Dec';
const TRAPS = [
  'may',
  'March',
  'the 1st',
  'last',
  'next',
  'week',
  'years',
  'ago',
  'since',
  'until',
  'Monday',
  'mid-',
  'early',
  'late',
  'of',
  'and',
  'to',
  '-',
  '/',
  '.',
  ',',
  ':',
  'am',
  'pm',
  'noon',
];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A small fast PRNG (mulberry32), so the text does not depend on Math.random. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds an adversarial text of exactly `length` characters (ASCII, so also bytes). */
export function adversarialText(length: number, seed = 1): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const months = MONTHS.split(' ');
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const roll = next();
    let part: string;
    if (roll < 0.25)
      part = Array.from({ length: 2 + Math.floor(next() * 30) }, () => pick(months)).join(' ');
    else if (roll < 0.4)
      part = Array.from({ length: 10 + Math.floor(next() * 200) }, () =>
        Math.floor(next() * 10),
      ).join('');
    else if (roll < 0.6)
      part = Array.from({ length: 3 + Math.floor(next() * 20) }, () => pick(TRAPS)).join(' ');
    else if (roll < 0.7)
      part = `${Math.floor(next() * 40)}/${Math.floor(next() * 40)}/${Math.floor(next() * 3000)}`;
    else
      part = Array.from({ length: 3 + Math.floor(next() * 12) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 9) }, () => pick([...LETTERS])).join(''),
      ).join(' ');
    const separator = next() < 0.1 ? '.\n' : ' ';
    parts.push(part, separator);
    size += part.length + separator.length;
  }
  return parts.join('').slice(0, length);
}
