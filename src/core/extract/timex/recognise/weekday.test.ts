import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { weekday } from './weekday.ts';

describe('weekday', () => {
  it('reads weekdays with last/next and a part of the day', () => {
    const hits = found(weekday, 'He left last Tuesday and returns Friday morning.');
    expect(hits.map((h) => [h.words, h.type])).toEqual([
      ['last Tuesday', 'DATE'],
      ['Friday morning', 'TIME'],
    ]);
    expect(hits[0]?.meaning).toMatchObject({ weekday: 2, which: 'last' });
    expect(hits[1]?.meaning).toMatchObject({ weekday: 5, partOfDay: 'MO' });
  });

  it('reads plural weekdays as a set', () => {
    const [hit] = found(weekday, 'The market opens on Sundays.');
    expect(hit).toMatchObject({ words: 'Sundays', type: 'SET', meaning: { value: 'XXXX-WXX-7' } });
  });

  it('ignores lower-case words', () => {
    expect(found(weekday, 'a friday feeling')).toEqual([]);
  });

  it('leaves newspaper names and days named by an event', () => {
    expect(
      found(
        weekday,
        'The Mail on Sunday and The Sunday Times recalled Bloody Sunday and Super Tuesday on Saturday Night Live.',
      ),
    ).toEqual([]);
  });
});
