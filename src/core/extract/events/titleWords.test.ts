import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowerLettersOf, titleWords, withoutTrailingMarks } from './titleWords.ts';

/** The regular expressions these functions stand for. */
const byRegex = {
  titleWords: (raw: string) =>
    raw
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[“"‘'(]+/, '')
      .replace(/^[A-Z][A-Z .,'’-]{1,40}\s+[—–]\s+/, '')
      .split(' '),
  withoutTrailingMarks: (text: string) => text.replace(/[\s,;:.!?–—“”"‘'(]+$/, ''),
  lowerLettersOf: (word: string) => word.toLowerCase().replace(/[^a-z]/g, ''),
};

/** Text made of the characters these functions treat specially, and some others. */
const titleText = fc
  .array(
    fc.constantFrom(
      ...'aZ. ,;:!?–—“”"‘’\'(-\t\n\u00a0\u2003\u3000\u212aİxÉ'.split(''),
      'LONDON',
      'ST. PETERSBURG',
      ' — ',
      ' – ',
      'Strike',
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

describe('titleWords', () => {
  it('splits a plain title at its spaces', () => {
    expect(titleWords('Several demonstrators arrested')).toEqual([
      'Several',
      'demonstrators',
      'arrested',
    ]);
  });

  it('drops opening quotes, a dateline and extra white space', () => {
    expect(titleWords('  “LONDON —  Strike\n began ')).toEqual(['Strike', 'began']);
  });

  it('reads every text as the regular expressions do', () => {
    fc.assert(
      fc.property(titleText, (raw) => {
        expect(titleWords(raw)).toEqual(byRegex.titleWords(raw));
      }),
    );
  });
});

describe('withoutTrailingMarks', () => {
  it('drops trailing punctuation, quotes and spaces', () => {
    expect(withoutTrailingMarks('called for April 6, “')).toBe('called for April 6');
  });

  it('reads every text as the regular expression does', () => {
    fc.assert(
      fc.property(titleText, (text) => {
        expect(withoutTrailingMarks(text)).toBe(byRegex.withoutTrailingMarks(text));
      }),
    );
  });
});

describe('lowerLettersOf', () => {
  it('keeps the ASCII letters, lower-cased', () => {
    expect(lowerLettersOf('And,')).toBe('and');
  });

  it('reads every word as the regular expression does, the Kelvin sign included', () => {
    expect(lowerLettersOf('\u212aey')).toBe('key');
    fc.assert(
      fc.property(titleText, (word) => {
        expect(lowerLettersOf(word)).toBe(byRegex.lowerLettersOf(word));
      }),
    );
  });
});
