import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../index.ts';

const read = (text: string, documentDate = '2024-05-20'): string[] =>
  extractTimexes(text, { documentDate }).map((t) => `${t.span.text} → ${t.value}`);

describe('rangeEnd', () => {
  it("puts the second end of a range of days in the first end's year", () => {
    expect(read('The hurricane season runs from June 1 to Nov. 30.')).toEqual([
      'June 1 → 2024-06-01',
      'Nov. 30 → 2024-11-30',
    ]);
  });

  it('moves to the next year when the second month comes earlier', () => {
    expect(read('The exhibition ran from Dec. 1, 2022 to Jan. 15.')).toEqual([
      'Dec. 1, 2022 → 2022-12-01',
      'Jan. 15 → 2023-01-15',
    ]);
  });

  it('leaves two days that are not a range alone', () => {
    expect(read('Sales rose on March 3 and fell on Nov. 30.')).toEqual([
      'March 3 → 2024-03-03',
      'Nov. 30 → 2023-11-30',
    ]);
  });
});
