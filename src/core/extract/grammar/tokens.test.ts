import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWordReader, wordsIn } from './tokens.ts';

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
  it('reads every range as wordsIn does, also ranges that cut words or a split "’ll"', () => {
    const text = 'The co-leader’s rally, on 25 February, drew U.N. monitors 𝐀𝐁c.\nHe’ll go.';
    const read = createWordReader(text);
    for (let start = 0; start <= text.length + 1; start++) {
      for (let end = start; end <= text.length + 1; end++) {
        expect(read(start, end)).toEqual(wordsIn(text, start, end));
      }
    }
  });

  it('agrees with wordsIn on any text and range', () => {
    const piece = fc.constantFrom(
      'a',
      'May',
      ' ',
      '\n',
      '-',
      '.',
      '’',
      "'ll",
      ',',
      '𝐀',
      'é',
      '“',
      '2',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = a % (text.length + 1);
          const end = start + (b % (text.length + 2 - start));
          expect(createWordReader(text)(start, end)).toEqual(wordsIn(text, start, end));
        },
      ),
    );
  });
});

describe('wordsIn, what the grammar readers need', () => {
  it('marks capitals and the words after a clause break', () => {
    const text = 'In May, Theresa May (the leader) said: “We may.”';
    const words = wordsIn(text, 0, text.length);
    expect(words.filter((w) => w.capital).map((w) => w.text)).toEqual([
      'In',
      'May',
      'Theresa',
      'May',
      'We',
    ]);
    expect(words.filter((w) => w.afterBreak).map((w) => w.text)).toEqual([
      'Theresa',
      'the',
      'said',
      'We',
    ]);
  });

  it('splits a future "’ll" off its subject, and only that', () => {
    const text = "He’ll go; they'll stay. Bill won’t.";
    expect(wordsIn(text, 0, text.length).map((w) => w.lower)).toEqual([
      'he',
      "'ll",
      'go',
      'they',
      "'ll",
      'stay',
      'bill',
      "won't",
    ]);
    const [he, will] = wordsIn(text, 0, 5);
    expect([text.slice(he!.start, he!.end), text.slice(will!.start, will!.end)]).toEqual([
      'He',
      '’ll',
    ]);
  });
});
