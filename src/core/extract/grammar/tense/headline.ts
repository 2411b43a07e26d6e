import type { Sentence } from '../sentences.ts';

/**
 * A line standing alone without a full stop, as a headline does: the sentence starts a
 * line, ends in a letter or digit at a line break (or the end of the text), and a blank
 * line or the end of the text follows. A line of hard-wrapped prose has more text after it.
 */
export function isHeadline(text: string, sentence: Sentence): boolean {
  let k = sentence.start;
  while (k > 0 && isInlineSpace(text.charCodeAt(k - 1))) k--;
  if (k > 0 && !isLineBreak(text.charCodeAt(k - 1))) return false;
  if (!isAlphanumeric(text.charCodeAt(sentence.end - 1))) return false;
  const j = endOfLine(text, sentence.end);
  if (j === undefined) return false;
  if (j >= text.length) return true;
  return endOfLine(text, j + 1) !== undefined;
}

/** Where the line break after `from` stands, when only spaces come before it (or the text ends). */
function endOfLine(text: string, from: number): number | undefined {
  let j = skipInlineSpace(text, from);
  if (j < text.length && text.charCodeAt(j) === 0x0d && text.charCodeAt(j + 1) === 0x0a) j++;
  return j >= text.length || isLineBreak(text.charCodeAt(j)) ? j : undefined;
}

function skipInlineSpace(text: string, from: number): number {
  let j = from;
  while (j < text.length && isInlineSpace(text.charCodeAt(j))) j++;
  return j;
}

function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
