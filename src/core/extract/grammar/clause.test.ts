import { describe, expect, it } from 'vitest';
import { findClauseVerb } from './clause.ts';

function analyse(sentence: string) {
  const found = findClauseVerb(sentence, 0, sentence.length);
  return {
    subject: found?.subject ? sentence.slice(found.subject.start, found.subject.end) : undefined,
    main: found?.main.text,
    particle: found?.particle?.text,
    form: found?.form,
    pronoun: found?.subjectIsPronoun,
  };
}

describe('findClauseVerb', () => {
  it('reads a past passive with its subject', () => {
    expect(analyse('Three reporters were detained near the border.')).toEqual({
      subject: 'Three reporters',
      main: 'detained',
      particle: undefined,
      form: 'past-passive',
      pronoun: false,
    });
  });

  it('keeps a verb particle and skips a leading conjunction', () => {
    expect(analyse('But the strikers were rounded up at dawn.')).toMatchObject({
      subject: 'the strikers',
      main: 'rounded',
      particle: 'up',
      form: 'past-passive',
    });
  });

  it('reads irregular simple past forms', () => {
    expect(analyse('More resignations came later that week.')).toMatchObject({
      subject: 'More resignations',
      main: 'came',
      form: 'past',
    });
  });

  it('does not take an adjective after a determiner for the verb', () => {
    expect(analyse('The planned strike was cancelled.')).toMatchObject({
      subject: 'The planned strike',
      main: 'cancelled',
    });
  });

  it('tells the present perfect, future and present apart', () => {
    expect(analyse('The talks have stalled since spring.').form).toBe('perfect');
    expect(analyse('The court will rule on Friday.').form).toBe('future');
    expect(analyse('The governor is in Paris.').form).toBe('present');
  });

  it('flags a pronoun subject', () => {
    expect(analyse('They marched to the square.').pronoun).toBe(true);
  });

  it('finds nothing in a verbless fragment', () => {
    expect(findClauseVerb('Monday, March 5', 0, 15)).toBeUndefined();
  });
});
