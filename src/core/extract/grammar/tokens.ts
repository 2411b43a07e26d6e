/*
 * The one word tokeniser of the engine: the date engine's tense reader and the event
 * builder read the same words.
 */

/** A word of the text with its offsets; `lower` has curly apostrophes straightened. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Written with a capital: a name, or "May" the month rather than the modal. */
  capital: boolean;
  /**
   * A clause break (a comma, a colon, a dash, a bracket, a double quote) stands between
   * this word and the one before it.
   */
  afterBreak: boolean;
}

/**
 * A word is a run of letters and digits (any script), runs joined by an inner hyphen,
 * dot or apostrophe: "co-leader", "Rukh.Pen.Til", "month’s", "U.N" (the final dot is
 * punctuation): `[\p{L}\p{N}]+` then any number of `[-.'’][\p{L}\p{N}]+`, matched
 * left to right. Read by hand rather than with that Unicode regular expression, which is
 * several times slower, because every extraction reads its whole text.
 */
function isJoiner(code: number): boolean {
  // - . ' ’
  return code === 0x2d || code === 0x2e || code === 0x27 || code === 0x2019;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The length (1 or 2 code units) of the letter or digit at `i` of `s`, or 0 when there is none. */
function letterOrDigitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    // A letter outside the Basic Multilingual Plane ("𝐀") is a surrogate pair.
    const next = s.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff && LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  // A lone surrogate (NaN past the end) is no letter.
  return c === c && LETTER_OR_DIGIT.test(s[i]!) ? 1 : 0;
}

/** Where the run of letters and digits starting at `i` of `s` ends. */
function endOfRun(s: string, i: number): number {
  let end = i;
  for (let n = letterOrDigitAt(s, end); n > 0; n = letterOrDigitAt(s, end)) end += n;
  return end;
}

/**
 * True when lower-casing can change `s[start, end)`: it holds a capital A–Z or any
 * character beyond ASCII (a curly apostrophe, an accented capital). Most words are
 * plain lower case, and `toLowerCase` is slow on the two-byte strings of texts with
 * typographic quotes, so it is skipped for them.
 */
function mayLower(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/** A word in lower case, curly apostrophes straightened: "Month’s" → "month's". */
function lowerOf(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * The words of `text` between `start` and `end`, with document offsets. A future "'ll"
 * is a word of its own ("he'll" is "he" and "'ll"), so that the auxiliary is seen.
 *
 * @example wordsIn('He’ll go, Mr. Lee said', 0, 22).map((w) => w.lower) // ['he', "'ll", 'go', 'mr', 'lee', 'said']
 */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  // Reading inside a slice keeps a word from running past `end`.
  const slice = text.slice(start, end);
  let i = 0;
  while (i < slice.length) {
    const first = letterOrDigitAt(slice, i);
    if (first === 0) {
      i++;
      continue;
    }
    const wordStart = i;
    i = endOfRun(slice, i + first);
    while (isJoiner(slice.charCodeAt(i)) && letterOrDigitAt(slice, i + 1) > 0)
      i = endOfRun(slice, i + 1);
    const raw = slice.slice(wordStart, i);
    const lower = mayLower(slice, wordStart, i) ? lowerOf(raw) : raw;
    const word: Word = {
      start: start + wordStart,
      end: start + i,
      text: raw,
      lower,
      capital: isCapital(raw),
      afterBreak: breakBefore(text, start + wordStart),
    };
    if (lower.length > 3 && lower.endsWith("'ll")) words.push(...splitWill(word));
    else words.push(word);
  }
  return words;
}

/** "he'll" → "he", "'ll". */
function splitWill(word: Word): [Word, Word] {
  const cut = word.end - 3;
  const stem = word.text.slice(0, -3);
  return [
    { ...word, end: cut, text: stem, lower: word.lower.slice(0, -3) },
    {
      start: cut,
      end: word.end,
      text: word.text.slice(-3),
      lower: "'ll",
      capital: false,
      afterBreak: false,
    },
  ];
}

const UPPER = /^\p{Lu}/u;

function isCapital(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(raw);
}

/** How far back a clause break is looked for before a word. */
const GAP_LIMIT = 32;

/**
 * Whether a clause break stands between the word at `at` and the letter or digit
 * before it (looking back at most `GAP_LIMIT` characters).
 */
function breakBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - GAP_LIMIT; i--) {
    const code = text.charCodeAt(i);
    if (isClauseBreak(code)) return true;
    if (isAsciiLetterOrDigit(code) || (code >= 128 && letterOrDigitAt(text, i) > 0)) return false;
  }
  return false;
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * A clause separator or phrase break: , ; : – — ( ) " “ ”. Tested by code unit, as
 * readers walk every character of a sentence and a regex per character costs more.
 */
export function isClauseBreak(code: number): boolean {
  switch (code) {
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x2013: // –
    case 0x2014: // —
    case 0x28: // (
    case 0x29: // )
    case 0x22: // "
    case 0x201c: // “
    case 0x201d: // ”
      return true;
    default:
      return false;
  }
}

/** The words of `text[start, end)` of one text, exactly as {@link wordsIn} reads them. */
export type WordReader = (start: number, end: number) => Word[];

/**
 * {@link wordsIn} over one text, tokenised once: the steps ask for the words of the
 * same sentences, quotes and stretches around dates many times over, and reading the
 * text once per extraction (rather than once per question) is most of the event
 * builder's speed. One per extraction. (Tokenising only the parts asked for, in blocks,
 * was tried: nearly every part is asked for, and the answers cost more to put together.)
 *
 * A range is answered from the words of the whole text: a word is read the same way
 * wherever the search starts, so the words that lie wholly inside the range are the
 * text's own. Only a word the range cuts ("uary" of "January", from the middle) is read
 * again, by {@link wordsIn} over the cut part, as it would be read from the range alone.
 *
 * @example createWordReader('one two three')(4, 13).map((w) => w.text) // ['two', 'three']
 */
export function createWordReader(text: string): WordReader {
  const all = wordsIn(text, 0, text.length);
  return (start, end) => {
    // `slice` reads negative offsets from the end; keep wordsIn's own reading of them.
    if (start < 0 || end < 0) return wordsIn(text, start, end);
    if (start >= end) return [];
    return wordsOfRange(text, all, start, end);
  };
}

/**
 * The words of `text[start, end)` from `all`, the words (in order) of a stretch of text
 * that holds the range: those wholly inside it, and the cut ones read again.
 */
function wordsOfRange(text: string, all: readonly Word[], start: number, end: number): Word[] {
  let lo = 0;
  let hi = all.length;
  // The first word that ends after `start`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  // Words the range cuts at its start, and an "’ll" split off the word before it (the
  // range reads it alone, or with the cut part), are read again from the range.
  let first = lo;
  let readAgainTo = -1;
  for (; first < all.length; first++) {
    const word = all[first]!;
    const joined = word.start === (first > 0 ? all[first - 1]!.end : -1);
    const cut =
      word.start < start ||
      (word.start === start && joined) ||
      (readAgainTo >= 0 && word.start === readAgainTo);
    if (!cut) break;
    readAgainTo = word.end;
  }
  if (readAgainTo >= end) return wordsIn(text, start, end);
  let last = first;
  while (last < all.length && all[last]!.end <= end) last++;
  // One slice of the text's words (most ranges cut none), the cut ones read around it.
  const whole = all.slice(first, last);
  const words = readAgainTo >= 0 ? [...wordsIn(text, start, readAgainTo), ...whole] : whole;
  const cutAtEnd = all[last];
  // A word the range cuts at its end is read again; so is the word an "’ll" was split
  // from, when the range cuts the two apart or cuts the "’ll" ("He’l").
  const joined = cutAtEnd !== undefined && words.at(-1)?.end === cutAtEnd.start;
  if (cutAtEnd && (cutAtEnd.start < end || joined)) {
    const head = joined ? words.pop() : undefined;
    words.push(...wordsIn(text, head?.start ?? cutAtEnd.start, end));
  }
  return words;
}

/** A {@link WordReader} that reads each range afresh: for one-off calls and tests. */
export function plainWordReader(text: string): WordReader {
  return (start, end) => wordsIn(text, start, end);
}
