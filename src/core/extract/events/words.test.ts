import { describe, expect, it } from 'vitest';
import { wordsIn } from '../grammar/tokens.ts';
import { eventNounClass, participleOfNoun } from './words.ts';

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
