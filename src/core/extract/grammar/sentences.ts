import type { SourceSpan } from '../../model/index.ts';
import { ABBREVIATIONS } from '../lexicon/en/index.ts';

/** A sentence of a document, with its place in the text. */
export interface Sentence extends SourceSpan {
  index: number;
  /** Index of the paragraph (blank-line or newline separated block) it belongs to. */
  paragraph: number;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

/**
 * Splits text into sentences, keeping character offsets. Line breaks always end a
 * sentence (news paragraphs), as do `.`, `!`, `?` followed by space and an upper-case
 * letter, digit or opening quote, unless the word before is a known abbreviation or
 * a single initial.
 *
 * @example splitSentences('It rained. Then it stopped.') // two sentences, offsets 0–10 and 11–27
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = skipSpace(text, 0);

  const push = (end: number): void => {
    let e = end;
    while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > start) {
      sentences.push({
        index: sentences.length,
        paragraph,
        start,
        end: e,
        text: text.slice(start, e),
      });
    }
  };

  for (let i = 0; i < text.length; i++) {
    // By code unit: most characters are none of these, and a string per character costs.
    const code = text.charCodeAt(i);
    if (code !== NEW_LINE && code !== CARRIAGE_RETURN && !isSentenceMark(code)) continue;
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      push(i);
      if (sentences.length > 0 && sentences[sentences.length - 1]!.paragraph === paragraph)
        paragraph++;
      start = skipSpace(text, i + 1);
      i = start - 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?'))
      end++;
    // Every mark of the run would find this same end, so the run is scanned once: a long
    // row of dots stays linear.
    const runEnd = end;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    if (end >= text.length) break;
    if (text[end] !== ' ' && text[end] !== '\t') {
      i = runEnd - 1;
      continue;
    }
    const next = skipInlineSpace(text, end);
    const following = text[next] ?? '';
    if (!/[A-Z0-9“"‘'(\u00C0-\u024F]/.test(following)) {
      i = runEnd - 1;
      continue;
    }
    // Only a lone full stop can belong to an abbreviation ("Mr. Smith"); a run ends the sentence.
    if (ch === '.' && runEnd === i + 1 && endsWithAbbreviation(text, start, i, following)) {
      i = runEnd - 1;
      continue;
    }
    push(end);
    start = next;
    i = next - 1;
  }
  push(text.length);
  return sentences;
}

const NEW_LINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** `.`, `!` or `?`. */
function isSentenceMark(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function skipInlineSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function endsWithAbbreviation(
  text: string,
  sentenceStart: number,
  dot: number,
  following: string,
): boolean {
  let i = dot;
  while (i > sentenceStart && /[A-Za-z.]/.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return true; // an initial: "John F. Kennedy"
  if (word === 'no') return /\d/.test(following); // "No. 5", but "said no."
  return ABBREVIATIONS.has(word);
}
