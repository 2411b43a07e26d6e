import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it('splits on full stops followed by a capital and keeps offsets', () => {
    const text = 'It rained on Monday. Then it stopped.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['It rained on Monday.', 'Then it stopped.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('does not split after abbreviations and initials', () => {
    const s = splitSentences('Mr. Smith met Gov. Jones on Jan. 5. John F. Kennedy was there.');
    expect(s.map((x) => x.text)).toEqual([
      'Mr. Smith met Gov. Jones on Jan. 5.',
      'John F. Kennedy was there.',
    ]);
  });

  it('ends sentences at line breaks and counts paragraphs', () => {
    const s = splitSentences('First line\nSecond. Third.\n\nFourth');
    expect(s.map((x) => [x.text, x.paragraph])).toEqual([
      ['First line', 0],
      ['Second.', 1],
      ['Third.', 1],
      ['Fourth', 2],
    ]);
  });

  it('keeps closing quotes with the sentence they close', () => {
    const s = splitSentences('He said “no.” She left.');
    expect(s.map((x) => x.text)).toEqual(['He said “no.”', 'She left.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n\n ')).toEqual([]);
  });

  it('reads a run of marks once: an ellipsis ends a sentence, a long run of dots is one token', () => {
    expect(splitSentences('Wait... Then it rained.').map((x) => x.text)).toEqual([
      'Wait...',
      'Then it rained.',
    ]);
    // A run after an abbreviation still ends the sentence, as a lone full stop would not.
    expect(splitSentences('Mr. Smith left etc.. Then it rained.').map((x) => x.text)).toEqual([
      'Mr. Smith left etc..',
      'Then it rained.',
    ]);
    // Issue 11: 'x' and 200,000 dots took 34 s (each dot rescanned the rest of the run).
    const dots = `x${'.'.repeat(200_000)}\nNext line.`;
    expect(splitSentences(dots).map((x) => [x.start, x.end])).toEqual([
      [0, 200_001],
      [200_002, 200_012],
    ]);
    const lead = `${'.'.repeat(100_000)} then words.`;
    expect(splitSentences(lead)).toHaveLength(1);
  });

  it('reads the abbreviations of the English lexicon as no sentence end', () => {
    const text = 'He joined the Dept. Of Labor. The Univ. Of Iowa hired him.';
    expect(splitSentences(text).map((x) => x.text)).toEqual([
      'He joined the Dept. Of Labor.',
      'The Univ. Of Iowa hired him.',
    ]);
  });
});
