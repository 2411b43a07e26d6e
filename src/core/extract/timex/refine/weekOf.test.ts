import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../index.ts';

const read = (text: string): string[] =>
  extractTimexes(text, { documentDate: '2023-03-15' }).map((t) => `${t.span.text} → ${t.value}`);

describe('weekOf', () => {
  it('reads "the week of March 6" as the ISO week holding that day', () => {
    expect(read('The hearing is set for the week of March 6.')).toEqual([
      'the week of March 6 → 2023-W10',
    ]);
  });

  it('reads "the weekend of June 10" as that weekend', () => {
    expect(read('The festival is the weekend of June 10.')).toEqual([
      'the weekend of June 10 → 2023-W23-WE',
    ]);
  });

  it('reads "the week ending May 13" as the week that day closes', () => {
    expect(read('Jobless claims fell in the week ending May 13.')).toEqual([
      'the week ending May 13 → 2023-W19',
    ]);
  });

  it('leaves a plain date alone', () => {
    expect(read('The hearing is on March 6.')).toEqual(['March 6 → 2023-03-06']);
  });
});
