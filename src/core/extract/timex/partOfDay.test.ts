import { describe, expect, it } from 'vitest';
import { partOfDayOf } from './partOfDay.ts';

describe('partOfDayOf', () => {
  it('gives TimeML codes for parts of the day, in any case', () => {
    expect(partOfDayOf('Morning')).toBe('MO');
    expect(partOfDayOf('evening')).toBe('EV');
    expect(partOfDayOf('overnight')).toBe('NI');
    expect(partOfDayOf('noon')).toBeUndefined();
    expect(partOfDayOf(undefined)).toBeUndefined();
  });
});
