import { describe, expect, it } from 'vitest';
import { createWordReader, eventNounClass, participleOfNoun, wordsIn } from './words.ts';

describe('wordsIn', () => {
  it('keeps document offsets and possessives', () => {
    const text = 'Tuesday’s vote, in co-operation with U.N.';
    const words = wordsIn(text, 0, text.length);
    expect(words.map((w) => w.text)).toEqual([
      'Tuesday’s',
      'vote',
      'in',
      'co-operation',
      'with',
      'U.N',
    ]);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(words[0]!.lower).toBe("tuesday's");
  });

  it('reads only inside the range', () => {
    const text = 'one two three';
    expect(wordsIn(text, 4, 7).map((w) => w.text)).toEqual(['two']);
  });
});

describe('wordsIn, letters beyond ASCII', () => {
  it('reads accented, non-Latin and astral letters, and no marks of punctuation', () => {
    const text = '“Zhanaozen’s” 25-е décembre 中文 𝐀𝐁c – ½ U.S.';
    expect(wordsIn(text, 0, text.length).map((w) => w.text)).toEqual([
      'Zhanaozen’s',
      '25-е',
      'décembre',
      '中文',
      '𝐀𝐁c',
      '½',
      'U.S',
    ]);
  });
});

describe('createWordReader', () => {
  it('reads every range as wordsIn does, also ranges that cut words', () => {
    const text = 'The co-leader’s rally, on 25 February, drew U.N. monitors 𝐀𝐁c.';
    const read = createWordReader(text);
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        expect(read(start, end)).toEqual(wordsIn(text, start, end));
      }
    }
  });
});

describe('eventNounClass', () => {
  const word = (t: string) => wordsIn(t, 0, t.length)[0]!;
  it('puts protest, rally and demonstration in one class', () => {
    expect(eventNounClass(word('protest'))).toBe(eventNounClass(word('demonstrations')));
    expect(eventNounClass(word('march'))).toBe('protest');
    expect(eventNounClass(word('March’s rally'))).toBeUndefined();
    expect(eventNounClass(word('rally'))).toBe('protest');
  });

  it('tells elections from protests', () => {
    expect(eventNounClass(word('elections'))).not.toBe(eventNounClass(word('rally')));
  });

  it('knows no class for ordinary nouns', () => {
    expect(eventNounClass(word('police'))).toBeUndefined();
  });

  it('turns event nouns into participles for headlines', () => {
    expect(participleOfNoun(word('release'))).toBe('released');
    expect(participleOfNoun(word('table'))).toBeUndefined();
  });
});
