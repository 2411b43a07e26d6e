import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../index.ts';

const read = (text: string, documentDate = '2023-07-10'): string[] =>
  extractTimexes(text, { documentDate }).map(
    (t) => `${t.span.text} → ${t.value}${t.mod ? ` ${t.mod}` : ''}`,
  );

describe('monthPart', () => {
  it('reads a numbered or last week of a month as its ISO week, whole', () => {
    expect(read('Talks stalled in the first week of March and the last week of June.')).toEqual([
      'the first week of March → 2023-W09',
      'the last week of June → 2023-W26',
    ]);
  });

  it('reads the first or last days of a month as the month with a mod', () => {
    expect(read('Fires spread in the first days of May and the final few days of June.')).toEqual([
      'the first days of May → 2023-05 START',
      'the final few days of June → 2023-06 END',
    ]);
    expect(read('Sales in the first weeks of January beat forecasts.')).toEqual([
      'the first weeks of January → 2023-01 START',
    ]);
  });

  it('reads the first or last day of a month as that day', () => {
    expect(
      read(
        'The law takes effect on the first day of March 2024 and lapses the last day of February 2028.',
      ),
    ).toEqual([
      'the first day of March 2024 → 2024-03-01',
      'the last day of February 2028 → 2028-02-29',
    ]);
  });

  it('leaves "the last week" alone when no month follows', () => {
    expect(read('Shares fell the last week, in March.', '2023-03-15')).toEqual([
      'the last week → 2023-W10',
      'March → 2023-03',
    ]);
  });
});
