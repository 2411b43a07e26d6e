import { describe, expect, it } from 'vitest';
import { fileSlug } from './download.ts';

describe('fileSlug', () => {
  it('makes a safe file name of a title', () => {
    expect(fileSlug('Kazakhstan: Opposition Leaders in Jail')).toBe(
      'kazakhstan-opposition-leaders-in-jail',
    );
    expect(fileSlug('Élections à Almaty')).toBe('elections-a-almaty');
    expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
  });

  it('falls back to "timeline" when nothing is left', () => {
    expect(fileSlug('«»')).toBe('timeline');
    expect(fileSlug('')).toBe('timeline');
  });

  it('stays short', () => {
    expect(fileSlug('word '.repeat(40)).length).toBeLessThanOrEqual(60);
  });
});
