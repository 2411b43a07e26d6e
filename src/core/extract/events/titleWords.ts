// The words of a headline, read by code unit. A title is short and written once per
// draft, but the regex chain that tidied it (collapse spaces, trim, drop an opening
// quote and a dateline, split) cost microseconds a title; plain titles skip all of it.

/** A dateline opening a passage: "LONDON — ", "ST. PETERSBURG – ". */
const DATELINE = /^[A-Z][A-Z .,'’-]{1,40}\s+[—–]\s+/;
const OPENING_MARKS = /^[“"‘'(]+/;

/**
 * The words a title is made of, without opening quotes or a dateline ("LONDON —"):
 * "  “Strike  began" → ["Strike", "began"].
 */
export function titleWords(raw: string): string[] {
  const spaced = isSingleSpaced(raw) ? raw : raw.replace(/\s+/g, ' ').trim();
  const unquoted = isOpeningMark(spaced.charCodeAt(0)) ? spaced.replace(OPENING_MARKS, '') : spaced;
  // A dateline needs its dash; most titles have none.
  const body =
    unquoted.includes('—') || unquoted.includes('–') ? unquoted.replace(DATELINE, '') : unquoted;
  return splitAtSpaces(body);
}

/**
 * The text without trailing punctuation, spaces or opening marks, as
 * `text.replace(/[\s,;:.!?–—“”"‘'(]+$/, '')` gives it: "called for April 6," → "called for April 6".
 */
export function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && isTrailingMark(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * The ASCII letters of a word, lower-cased, as `word.toLowerCase().replace(/[^a-z]/g, '')`
 * gives them: "and," → "and".
 */
export function lowerLettersOf(word: string): string {
  let letters = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // Lower-casing some other letters gives ASCII ones (the Kelvin sign gives "k").
    if (c >= 128) return word.toLowerCase().replace(/[^a-z]/g, '');
    if (c >= 97 && c <= 122) letters += word[i];
    else if (c >= 65 && c <= 90) letters += String.fromCharCode(c + 32);
  }
  return letters;
}

/** Whether the text has no white space but single spaces between words. */
function isSingleSpaced(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWhiteSpace(c)) continue;
    if (c !== 32 || i === 0 || i === text.length - 1 || text.charCodeAt(i - 1) === 32) return false;
  }
  return true;
}

/** `text.split(' ')`, which is slow on a string just built. */
function splitAtSpaces(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', from)) {
    parts.push(text.slice(from, at));
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts;
}

/** A code unit `\s` matches in a regular expression. */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** “ " ‘ ' ( */
function isOpeningMark(c: number): boolean {
  return c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 40;
}

/** White space or one of , ; : . ! ? – — “ ” " ‘ ' ( */
function isTrailingMark(c: number): boolean {
  switch (c) {
    case 44: // ,
    case 59: // ;
    case 58: // :
    case 46: // .
    case 33: // !
    case 63: // ?
    case 0x2013: // –
    case 0x2014: // —
    case 0x201c: // “
    case 0x201d: // ”
    case 34: // "
    case 0x2018: // ‘
    case 39: // '
    case 40: // (
      return true;
    default:
      return isWhiteSpace(c);
  }
}
