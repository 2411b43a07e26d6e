import { describe, expect, it } from 'vitest';
import { wordAlternation } from './pattern.ts';

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
