import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { dayPart } from './dayPart.ts';

describe('dayPart', () => {
  it('reads a part of the day named on its own', () => {
    const hits = found(
      dayPart,
      'Orders came in the morning; by mid afternoon and in late evening.',
    );
    expect(hits.map((h) => [h.words, h.type, h.meaning])).toEqual([
      ['the morning', 'TIME', { kind: 'calendar', partOfDay: 'MO' }],
      ['afternoon', 'TIME', { kind: 'calendar', partOfDay: 'AF' }],
      ['evening', 'TIME', { kind: 'calendar', partOfDay: 'EV' }],
    ]);
  });

  it('leaves a part of the day that classifies a noun, and one dated by "of"', () => {
    expect(
      found(
        dayPart,
        'in the evening news, early morning trading, the late afternoon sun, in the evening of March 3',
      ),
    ).toEqual([]);
  });

  it('reads a part of the day after a preposition opening the sentence', () => {
    expect(
      found(dayPart, 'In the afternoon he spoke. During the evening it rained.').map(
        (h) => h.words,
      ),
    ).toEqual(['the afternoon', 'the evening']);
  });
});
