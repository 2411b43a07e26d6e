import { describe, expect, it } from 'vitest';
import { eventNounClass, participleOfNoun, wordsIn } from './words.ts';

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
