import { describe, expect, it } from 'vitest';
import {
  eitherApostrophe,
  eitherCaseInitial,
  firstLetters,
  wordAlternation,
  withOptionalEnding,
  wordsInOrder,
} from './pattern.ts';

describe('wordAlternation', () => {
  it('puts longer words first, so a phrase is tried before its first word', () => {
    expect(wordAlternation(['the', 'the same', 'then'])).toBe('the same|then|the');
  });

  it('escapes what a regular expression would read as syntax', () => {
    const pattern = new RegExp(`^(?:${wordAlternation(['St.', 'a+b'])})$`);
    expect(pattern.test('St.')).toBe(true);
    expect(pattern.test('Stx')).toBe(false);
    expect(pattern.test('a+b')).toBe(true);
  });
});

describe('wordsInOrder', () => {
  it("keeps the lexicon's order, so the first word listed is tried first", () => {
    expect(wordsInOrder(['this', 'this past', 'St.'])).toBe('this|this past|St\\.');
    expect(new RegExp(`^(?:${wordsInOrder(['this', 'this past'])})`).exec('this past')?.[0]).toBe(
      'this',
    );
  });
});

describe('eitherCaseInitial', () => {
  it('matches the word with either case of its first letter only', () => {
    const pattern = new RegExp(`^${eitherCaseInitial('the')}$`);
    expect(eitherCaseInitial('the')).toBe('[Tt]he');
    expect(pattern.test('The')).toBe(true);
    expect(pattern.test('the')).toBe(true);
    expect(pattern.test('THE')).toBe(false);
  });
});

describe('eitherApostrophe', () => {
  it('lets a straight apostrophe also match a curly one', () => {
    const pattern = new RegExp(`^${eitherApostrophe("New Year's Day")}$`);
    expect(pattern.test('New Year’s Day')).toBe(true);
    expect(pattern.test("New Year's Day")).toBe(true);
    expect(pattern.test('New Years Day')).toBe(false);
  });
});

describe('firstLetters', () => {
  it('gives each first letter once, in the order the words bring them', () => {
    expect(firstLetters(['a', 'an', 'per'])).toBe('[ap]');
    const pattern = new RegExp(`^(?=${firstLetters(['week', 'day'])})`);
    expect(pattern.test('days')).toBe(true);
    expect(pattern.test('month')).toBe(false);
  });
});

describe('withOptionalEnding', () => {
  it('lets each word take the ending or not', () => {
    expect(withOptionalEnding(['year', 'day'], 's')).toBe('years?|days?');
    expect(withOptionalEnding(['march'], 'es')).toBe('march(?:es)?');
    const pattern = new RegExp(`^(?:${withOptionalEnding(['year', 'day'], 's')})$`);
    expect(pattern.test('years')).toBe(true);
    expect(pattern.test('day')).toBe(true);
    expect(pattern.test('dayss')).toBe(false);
  });
});
