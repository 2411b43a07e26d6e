import { UsageError } from './usageError.ts';

/** Control characters text never holds (tab, line feed, form feed and carriage return aside). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * Which UTF-16 a file without a byte-order mark is in, if any: English text in UTF-16 has
 * a NUL in every other byte (the high byte of ASCII), odd bytes for little-endian, even
 * for big-endian.
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 2 || bytes.length % 2 !== 0) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (oddNuls > pairs * 0.4 && evenNuls === 0) return 'utf-16le';
  if (evenNuls > pairs * 0.4 && oddNuls === 0) return 'utf-16be';
  return undefined;
}

/** The encoding of `bytes` by its byte-order mark, else UTF-16 by its NULs, else UTF-8. */
function encodingOf(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return utf16WithoutMark(bytes) ?? 'utf-8';
}

/**
 * Longest part `decodeParts` decodes at once, in UTF-16 code units (characters): the
 * engine reads a part at a time, with working memory of about 90 bytes a character.
 * Parts of 50,000 characters (a few news articles) peaked 318 → 229 MB on a 10 MB text
 * against 200,000, in the same time; each part reads on from the one before.
 */
export const PART_CHARS = 50_000;

/**
 * Where `bytes` in `encoding` are cut into parts of at most `units` UTF-16 code units:
 * after a line break where there is one (a sentence never spans two parts), else at a
 * character boundary, never inside a surrogate pair or between a carriage return and
 * the line feed after it.
 */
export function* byteParts(
  bytes: Uint8Array,
  encoding: Encoding,
  units: number,
): Generator<[number, number]> {
  // UTF-8 has at most one code unit a byte; UTF-16 one every two bytes.
  const width = encoding === 'utf-8' ? 1 : 2;
  const max = Math.max(4, units) * width;
  const newlineAt = (i: number): boolean =>
    encoding === 'utf-8'
      ? bytes[i] === 0x0a
      : encoding === 'utf-16le'
        ? bytes[i] === 0x0a && bytes[i + 1] === 0
        : bytes[i] === 0 && bytes[i + 1] === 0x0a;
  const unitAt = (i: number): number =>
    encoding === 'utf-16le' ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
  let start = 0;
  while (bytes.length - start > max) {
    let end = -1;
    for (let i = start + max - width; i > start; i -= width) {
      if (newlineAt(i)) {
        end = i + width;
        break;
      }
    }
    if (end < 0) {
      end = start + max;
      if (width === 1) {
        // Not inside a character: back to the byte that starts one (at most 3 back).
        for (let back = 0; back < 3 && (bytes[end]! & 0xc0) === 0x80; back++) end--;
        if (bytes[end - 1] === 0x0d) end--;
      } else {
        const before = unitAt(end - 2);
        if ((before >= 0xd800 && before <= 0xdbff) || before === 0x0d) end -= 2;
      }
    }
    yield [start, end];
    start = end;
  }
  if (start < bytes.length || start === 0) yield [start, bytes.length];
}

/**
 * The text of a file in parts of at most `units` characters, cut as `byteParts` cuts
 * (at line breaks), decoded as `decodeText` decodes the whole: UTF-8 or UTF-16 by
 * byte-order mark (dropped) or by NULs. Carriage-return line ends become line feeds
 * (Windows line ends would shift every offset against what editors show). Throws
 * `UsageError` for bytes that are not valid text in that encoding, part by part:
 * `checkText` first, to refuse a file before anything is written.
 */
export function* decodeParts(
  bytes: Uint8Array,
  name: string,
  units: number = PART_CHARS,
): Generator<string> {
  const encoding = encodingOf(bytes);
  // One decoder for all the parts: the mark is dropped at the start of the text only.
  const decoder = new TextDecoder(encoding, { fatal: true });
  let rest: string;
  try {
    for (const [start, end] of byteParts(bytes, encoding, units)) {
      const text = decoder.decode(bytes.subarray(start, end), { stream: true });
      yield text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
    }
    rest = decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) {
      throw new UsageError(`${name} is not text: not valid ${encoding.toUpperCase()}`);
    }
    throw error;
  }
  if (rest !== '') yield rest;
}

/** What `checkText` found: whether the text is blank. */
export interface TextCheck {
  blank: boolean;
}

/**
 * Reads `bytes` through as `decodeParts` does, holding no more than a part, and refuses,
 * as a `UsageError` naming `name`, invalid text and binary data (NULs or other control
 * characters), as `decodeText` does.
 */
export function checkText(bytes: Uint8Array, name: string): TextCheck {
  let controls = 0;
  let length = 0;
  let blank = true;
  for (const part of decodeParts(bytes, name)) {
    if (part.includes('\u0000')) throw binary(name);
    controls += part.match(CONTROL)?.length ?? 0;
    length += part.length;
    if (blank && /\S/.test(part)) blank = false;
  }
  if (controls > 8 + length / 1000) throw binary(name);
  return { blank };
}

const binary = (name: string) => new UsageError(`${name} is not text: it holds binary data`);

/**
 * The text of a file as the engine takes it: UTF-8 or UTF-16 (by byte-order mark, or
 * UTF-16 by its NULs without one), the mark dropped, so offset 0 is the first character.
 * Refuses, as a `UsageError` naming `name`, bytes that are not valid text in that
 * encoding and binary data (NULs or other control characters).
 *
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'a.txt') // 'A'
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  const encoding = encodingOf(bytes);
  let text: string;
  try {
    // `fatal`: invalid bytes are an error, not U+FFFD; the decoder drops the mark.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${name} is not text: not valid ${encoding.toUpperCase()}`);
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes('\u0000') || controls > 8 + text.length / 1000) throw binary(name);
  return text;
}
