import { UsageError } from './usageError.ts';

/** Control characters text never holds (tab, line feed, form feed and carriage return aside). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

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
function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return utf16WithoutMark(bytes) ?? 'utf-8';
}

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
  if (text.includes('\u0000') || controls > 8 + text.length / 1000) {
    throw new UsageError(`${name} is not text: it holds binary data`);
  }
  return text;
}
