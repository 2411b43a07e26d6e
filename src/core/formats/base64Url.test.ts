import { describe, expect, it } from 'vitest';
import { base64UrlToBytes, bytesToBase64Url } from './base64Url.ts';

describe('bytesToBase64Url / base64UrlToBytes', () => {
  it('writes the RFC 4648 test vectors with the URL alphabet and no padding', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(bytesToBase64Url(text(''))).toBe('');
    expect(bytesToBase64Url(text('f'))).toBe('Zg');
    expect(bytesToBase64Url(text('fo'))).toBe('Zm8');
    expect(bytesToBase64Url(text('foo'))).toBe('Zm9v');
    expect(bytesToBase64Url(text('foobar'))).toBe('Zm9vYmFy');
    expect(bytesToBase64Url(new Uint8Array([251, 255]))).toBe('-_8');
  });

  it('reads back every byte value at every length', () => {
    for (let length = 0; length < 10; length++) {
      const bytes = Uint8Array.from({ length: 256 + length }, (_, i) => (i * 37 + length) & 255);
      expect(base64UrlToBytes(bytesToBase64Url(bytes))).toEqual(bytes);
    }
  });

  it('accepts padding but refuses characters outside the alphabet and impossible lengths', () => {
    expect(base64UrlToBytes('Zg==')).toEqual(new Uint8Array([102]));
    expect(base64UrlToBytes('Zm+v')).toBeNull();
    expect(base64UrlToBytes('Zm9v%')).toBeNull();
    expect(base64UrlToBytes('Zm9vY')).toBeNull();
  });
});
