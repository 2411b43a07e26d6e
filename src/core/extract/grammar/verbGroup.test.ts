import { describe, expect, it } from 'vitest';
import { wordsIn } from './tokens.ts';
import {
  afterAuxiliary,
  isModal,
  isPerfect,
  perfectFollows,
  readVerbGroup,
  startsVerbGroup,
} from './verbGroup.ts';

const words = (text: string) => wordsIn(text, 0, text.length);
const at = (text: string, word: string) => words(text).findIndex((w) => w.lower === word);

/** The verb group read at the first occurrence of `word`. */
function group(text: string, word: string) {
  const g = readVerbGroup(words(text), at(text, word));
  return {
    auxiliaries: g.auxiliaries.map((w) => w.text),
    main: g.main.text,
    particle: g.particle?.text,
    modal: g.modal?.text,
    form: g.form,
  };
}

describe('readVerbGroup', () => {
  it('reads auxiliaries, the adverbs between them and the main verb', () => {
    expect(group('The strikers were then rounded up at dawn.', 'were')).toEqual({
      auxiliaries: ['were'],
      main: 'rounded',
      particle: 'up',
      modal: undefined,
      form: 'past-passive',
    });
  });

  it('reads a perfect passive through two auxiliaries', () => {
    expect(group('Two men have also been charged.', 'have')).toMatchObject({
      auxiliaries: ['have', 'been'],
      main: 'charged',
      form: 'perfect',
    });
  });

  it('keeps a modal and reads "will" as the future, other modals as conditional', () => {
    expect(group('The court will rule on Friday.', 'will')).toMatchObject({
      main: 'rule',
      modal: 'will',
      form: 'future',
    });
    expect(group('The court could rule on Friday.', 'could')).toMatchObject({
      main: 'rule',
      form: 'conditional',
    });
  });

  it('takes "do" after a modal as the main verb', () => {
    expect(group('They would do it again.', 'would')).toMatchObject({ main: 'do' });
  });

  it('reads a lone auxiliary as the main verb: "are back"', () => {
    expect(group('The talks are back on.', 'are')).toMatchObject({
      main: 'are',
      form: 'present',
    });
  });

  it('reads simple past forms, regular and irregular', () => {
    expect(group('Rebels took the town.', 'took').form).toBe('past');
    expect(group('Police arrested him.', 'arrested').form).toBe('past');
    expect(group('The governor says so.', 'says').form).toBe('present');
  });

  it('reads a perfect only when a participle follows "have"', () => {
    expect(group('Russia has often claimed it.', 'has').form).toBe('perfect');
    expect(group('The firm has had losses.', 'has').form).toBe('perfect');
    expect(group('The firm has 45 banks.', 'has').form).toBe('present');
  });

  it('reads contracted and negative modals', () => {
    expect(group('They won’t leave.', "won't")).toMatchObject({ main: 'leave', form: 'future' });
    expect(group('They can’t leave.', "can't")).toMatchObject({
      main: 'leave',
      form: 'conditional',
    });
  });

  it('says where the group ends', () => {
    const text = 'They were rounded up quickly.';
    const g = readVerbGroup(words(text), 1);
    expect(words(text)[g.after]?.text).toBe('quickly');
  });
});

describe('startsVerbGroup', () => {
  it('does not start a group at an adjective after a determiner', () => {
    const text = 'The planned strike was cancelled.';
    expect(startsVerbGroup(words(text), at(text, 'planned'))).toBe(false);
    expect(startsVerbGroup(words(text), at(text, 'was'))).toBe(true);
  });

  it('does not take a word in "-ed" that is no past for a verb', () => {
    const text = 'Indeed, a hundred came.';
    expect(startsVerbGroup(words(text), at(text, 'indeed'))).toBe(false);
    expect(startsVerbGroup(words(text), at(text, 'hundred'))).toBe(false);
    expect(startsVerbGroup(words(text), at(text, 'came'))).toBe(true);
  });

  it('does not start a group at a capitalised word inside the sentence', () => {
    const text = 'Then Said arrived.';
    expect(startsVerbGroup(words(text), at(text, 'said'))).toBe(false);
  });
});

describe('word tests of the verb group', () => {
  it('tells the modal "may" from the month', () => {
    const text = 'It may rain in May.';
    const w = words(text);
    expect(isModal(w[1]!)).toBe(true);
    expect(isModal(w[4]!)).toBe(false);
  });

  it('finds a bare verb after an auxiliary, adverbs between', () => {
    const text = 'The storm will also hit the coast.';
    expect(afterAuxiliary(words(text), at(text, 'hit'))).toBe(true);
    const past = 'The storm hit the coast.';
    expect(afterAuxiliary(words(past), at(past, 'hit'))).toBe(false);
  });

  it('reads a perfect through an adverb', () => {
    const text = 'Prices have since fallen.';
    expect(isPerfect(words(text), at(text, 'have'))).toBe(true);
  });

  it('finds a perfect after an auxiliary', () => {
    const text = 'He may not have known it.';
    expect(perfectFollows(words(text), at(text, 'may'))).toBe(true);
    const bare = 'He may know it.';
    expect(perfectFollows(words(bare), at(bare, 'may'))).toBe(false);
  });
});
