import { describe, expect, it } from 'vitest';
import { nextSlide, presentCommand } from './presentKeys.ts';

describe('presentCommand', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'leave'],
    ['a', null],
  ])('reads %j as %j', (key, command) => {
    expect(presentCommand({ key })).toBe(command);
  });

  it('goes back with Shift+Space and leaves shortcuts with modifiers to the browser', () => {
    expect(presentCommand({ key: ' ', shiftKey: true })).toBe('previous');
    expect(presentCommand({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(presentCommand({ key: 'ArrowLeft', metaKey: true })).toBeNull();
  });
});

describe('nextSlide', () => {
  it('stops at both ends', () => {
    expect(nextSlide('next', 9, 10)).toBe(9);
    expect(nextSlide('previous', 0, 10)).toBe(0);
    expect(nextSlide('last', 2, 10)).toBe(9);
    expect(nextSlide('first', 7, 10)).toBe(0);
    expect(nextSlide('next', 0, 0)).toBe(0);
  });
});
