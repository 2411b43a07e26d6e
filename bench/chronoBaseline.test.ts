import { describe, expect, it } from 'vitest';
import { chronoTimexes } from './chronoBaseline.ts';

const dct = '1998-01-08';
const tagsOf = (text: string) =>
  chronoTimexes(text, dct).map((t) => ({
    text: text.slice(t.start, t.end),
    type: t.type,
    value: t.value,
  }));

describe('chronoTimexes (the bare chrono-node baseline)', () => {
  it('gives a full date when chrono is certain of the day', () => {
    expect(tagsOf('It happened on January 5, 1998.')).toEqual([
      { text: 'January 5, 1998', type: 'DATE', value: '1998-01-05' },
    ]);
  });

  it('gives only the month when the text names no day', () => {
    expect(tagsOf('Prices fell in October 1997.')).toEqual([
      { text: 'October 1997', type: 'DATE', value: '1997-10' },
    ]);
  });

  it('resolves a weekday against the document date as a day', () => {
    const [friday] = tagsOf('The talks ended Friday.');
    expect(friday?.value).toMatch(/^1998-01-\d\d$/);
  });

  it('writes a TIME value when the hour is stated', () => {
    expect(tagsOf('The vote is at 3 pm tomorrow.')[0]).toMatchObject({
      type: 'TIME',
      value: '1998-01-09T15:00',
    });
  });
});
