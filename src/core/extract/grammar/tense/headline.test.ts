import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { isHeadline } from './headline.ts';

/** Whether the first sentence of `text` reads as a headline. */
const firstIsHeadline = (text: string) => isHeadline(text, splitSentences(text)[0]!);

describe('isHeadline', () => {
  it('takes a line standing alone without a full stop', () => {
    expect(firstIsHeadline('Biden visits Kyiv on Monday\n\nThe president arrived.')).toBe(true);
    expect(firstIsHeadline('Biden visits Kyiv on Monday')).toBe(true);
  });

  it('does not take a sentence ending in a full stop', () => {
    expect(firstIsHeadline('Biden visited Kyiv on Monday.\n\nHe arrived.')).toBe(false);
  });

  it('does not take a hard-wrapped line of prose', () => {
    expect(firstIsHeadline('The president visited Kyiv on\nMonday and met officials.')).toBe(false);
  });
});
