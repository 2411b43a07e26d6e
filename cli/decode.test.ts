import { closeSync, openSync, readSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText, decodeParts, decodeText } from './decode.ts';

const utf16 = (text: string, endian: 'le' | 'be', mark: boolean): Uint8Array => {
  const bytes: number[] = mark ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const unit of Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))) {
    const [low, high] = [unit & 0xff, unit >> 8];
    bytes.push(...(endian === 'le' ? [low, high] : [high, low]));
  }
  return new Uint8Array(bytes);
};

describe('decodeText (issue 11)', () => {
  const TEXT = 'Protesters rallied on March 3.\n';

  it('drops a UTF-8 byte-order mark, so offset 0 is the first character', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeText(bytes, 'a.txt')).toBe(TEXT);
  });

  it.each([
    ['le', true],
    ['be', true],
    ['le', false],
    ['be', false],
  ] as const)('reads UTF-16 %s (mark: %s) without NULs', (endian, mark) => {
    expect(decodeText(utf16(TEXT, endian, mark), 'a.txt')).toBe(TEXT);
  });

  it('refuses invalid UTF-8 instead of turning it into U+FFFD', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0x41]);
    expect(() => decodeText(bytes, 'a.txt')).toThrow('a.txt is not text: not valid UTF-8');
  });

  it('refuses binary data: NULs or many control characters', () => {
    expect(() => decodeText(new Uint8Array([0x41, 0, 0, 0, 0x42, 0x43, 0x44]), 'x')).toThrow(
      'x is not text: it holds binary data',
    );
    const controls = new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 2 ? 0x41 : 0x07)));
    expect(() => decodeText(controls, 'x')).toThrow('x is not text');
  });

  it('refuses an executable', () => {
    const bytes = new Uint8Array(65_536);
    const file = openSync(process.execPath, 'r');
    readSync(file, bytes, 0, bytes.length, 0);
    closeSync(file);
    expect(() => decodeText(bytes, 'node')).toThrow(/^node is not text/);
  });

  it('keeps ordinary text with tabs, form feeds and a stray control character', () => {
    const text = `${TEXT}\tindented\f\u0007\n`.repeat(3);
    expect(decodeText(new TextEncoder().encode(text), 'a.txt')).toBe(text);
  });
});

describe('decodeParts', () => {
  // Lines of one-, two-, three- and four-byte characters, with Windows line ends.
  const TEXT = 'Rally on “March 3” 😀 in Almaty, café\r\nSecond line\r\n'.repeat(40);
  const LF = TEXT.replace(/\r\n/g, '\n');
  const encodings = {
    'UTF-8 with a mark': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]),
    'UTF-16 le': utf16(TEXT, 'le', true),
    'UTF-16 be': utf16(TEXT, 'be', true),
  };

  it.each(Object.entries(encodings))(
    'cuts %s into parts at line breaks that join to the whole text',
    (_, bytes) => {
      for (const units of [7, 50, 120, 10_000]) {
        const parts = [...decodeParts(bytes, 'a.txt', units)];
        expect(parts.join('')).toBe(LF);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(Math.max(4, units));
          expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
          expect(part.charCodeAt(0)).not.toBe(0xfeff);
        }
        if (units >= 50)
          for (const part of parts.slice(0, -1)) expect(part.endsWith('\n')).toBe(true);
      }
    },
  );

  it('keeps a carriage return and its line feed together when a line is longer than a part', () => {
    const text = `${'x'.repeat(9)}\r\n${'y'.repeat(9)}\r\n`;
    const parts = [...decodeParts(new TextEncoder().encode(text), 'a.txt', 10)];
    expect(parts.join('')).toBe(text.replace(/\r\n/g, '\n'));
  });

  it('checks the whole input before any part is used: invalid, binary, blank', () => {
    const invalid = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0x41]);
    expect(() => checkText(invalid, 'a.txt')).toThrow('a.txt is not text: not valid UTF-8');
    expect(() => checkText(new Uint8Array([0x41, 0, 0x42]), 'x')).toThrow('x is not text');
    expect(checkText(new TextEncoder().encode(' \n\t\n'), 'x')).toEqual({ blank: true });
    expect(checkText(encodings['UTF-16 le'], 'x')).toEqual({ blank: false });
  });
});
