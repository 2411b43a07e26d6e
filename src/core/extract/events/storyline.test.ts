import { describe, expect, it } from 'vitest';
import type { DatePoint } from '../../model/index.ts';
import type { Draft } from './draft.ts';
import { dayUnderDiscussion, mainEvent } from './storyline.ts';
import { contextFor } from './testSupport.ts';

const text = 'First.\nSecond.\nThird.\nFourth.\nFifth.\nSixth.';
const context = contextFor(text, '2018-12-20', []);
function on(value: string, sentence: number, precision: DatePoint['precision'] = 'day'): Draft {
  const s = context.sentences[sentence]!;
  return {
    key: sentence,
    sentence: s,
    quote: { start: s.start, end: s.end },
    extraSources: [],
    timexes: [],
    reasons: [],
    tense: 'past',
    start: { value, precision, approximate: false },
  };
}

describe('mainEvent', () => {
  it('picks the first recent day in the text that has happened', () => {
    const drafts = [
      on('2018-10-01', 0),
      on('2018-12-18', 1),
      on('2018-12', 2, 'month'),
      on('2019-01-03', 3),
      on('2018-12-19', 4),
    ];
    expect(mainEvent(drafts, context)?.key).toBe(1);
  });

  it('ignores days long before the publication date', () => {
    expect(mainEvent([on('2017-05-01', 0)], context)).toBeUndefined();
  });
});

describe('dayUnderDiscussion', () => {
  it('finds the nearest earlier dated day within three paragraphs', () => {
    const drafts = [on('2018-12-10', 0), on('2018-12-11', 1), on('2018-11', 2, 'month')];
    const fourth = context.sentences[3]!;
    expect(dayUnderDiscussion(drafts, fourth.start, fourth.paragraph, context)?.key).toBe(1);
    const sixth = context.sentences[5]!;
    expect(dayUnderDiscussion(drafts, sixth.start, sixth.paragraph, context)).toBeUndefined();
  });
});
