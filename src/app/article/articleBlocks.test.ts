import { describe, expect, it } from 'vitest';
import { blockAt, blocksOf } from './articleBlocks.ts';
import { indexPassages, paragraphRanges, segmentArticle, type Passage } from './articleSegments.ts';

describe('paragraphRanges', () => {
  it('gives each non-blank line by offsets, without its line break', () => {
    const text = 'One.\r\n\r\n  \nTwo words.\nThree.';
    expect(paragraphRanges(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'One.',
      'Two words.',
      'Three.',
    ]);
  });

  it('gives nothing for an empty or blank text', () => {
    expect(paragraphRanges('')).toEqual([]);
    expect(paragraphRanges(' \n\n\t')).toEqual([]);
  });
});

describe('blocksOf', () => {
  const text = 'aaaa\nbbbb\ncccccccccccc\ndd';
  const paragraphs = paragraphRanges(text);

  it('groups neighbouring paragraphs up to the size asked, a long one on its own', () => {
    const blocks = blocksOf(paragraphs, 9);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      'aaaa\nbbbb',
      'cccccccccccc',
      'dd',
    ]);
    expect(blocks[0]!.paragraphs).toHaveLength(2);
  });

  it('finds the block an offset falls in', () => {
    const blocks = blocksOf(paragraphs, 9);
    expect(blockAt(blocks, 0)).toBe(0);
    expect(blockAt(blocks, 6)).toBe(0);
    expect(blockAt(blocks, 12)).toBe(1);
    expect(blockAt(blocks, 24)).toBe(2);
    expect(blockAt(blocks, 99)).toBe(-1);
  });
});

describe('indexPassages', () => {
  const p = (eventId: string, start: number, end: number): Passage => ({
    eventId,
    sourceIndex: 0,
    start,
    end,
  });

  it('finds the passages over a stretch, in the order given, long ones too', () => {
    const passages = [p('late', 50, 60), p('long', 0, 100), p('early', 5, 8), p('near', 20, 30)];
    const index = indexPassages(passages);
    expect(index.within(22, 55).map((x) => x.eventId)).toEqual(['late', 'long', 'near']);
    expect(index.within(8, 20).map((x) => x.eventId)).toEqual(['long']);
    expect(index.within(100, 120)).toEqual([]);
  });

  it('cuts a long text as passage by passage would, with thousands of passages', () => {
    const line = 'On Monday the council met. On Tuesday it voted.';
    const text = Array.from({ length: 2000 }, () => line).join('\n');
    const passages: Passage[] = [];
    for (let i = 0; i < 2000; i++) {
      const at = i * (line.length + 1);
      passages.push(p(`m${i % 7}`, at, at + 26), p(`t${i % 5}`, at + 27, at + line.length));
    }
    const paragraphs = segmentArticle(text, passages);
    expect(paragraphs).toHaveLength(2000);
    expect(paragraphs[1999]!.segments.map((s) => [s.text, s.owner?.eventId])).toEqual([
      ['On Monday the council met.', 'm4'],
      [' ', undefined],
      ['On Tuesday it voted.', 't4'],
    ]);
  });
});
