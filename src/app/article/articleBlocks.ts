import type { ParagraphRange } from './articleSegments.ts';

/** Paragraphs next to each other, drawn (or left out) together in a long article. */
export interface Block {
  start: number;
  end: number;
  paragraphs: ParagraphRange[];
}

/**
 * Groups paragraphs into blocks of about `maxChars` characters (a paragraph longer than
 * that is a block of its own), so a long article can be drawn a few blocks at a time.
 *
 * @example blocksOf([{ start: 0, end: 4 }, { start: 6, end: 10 }], 5).length // 2
 */
export function blocksOf(paragraphs: readonly ParagraphRange[], maxChars: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const paragraph of paragraphs) {
    if (current && paragraph.end - current.start > maxChars) {
      blocks.push(current);
      current = null;
    }
    if (current) {
      current.paragraphs.push(paragraph);
      current.end = paragraph.end;
    } else current = { start: paragraph.start, end: paragraph.end, paragraphs: [paragraph] };
  }
  if (current) blocks.push(current);
  return blocks;
}

/**
 * The block holding an offset into the text (or, between blocks, the one after it); -1
 * when the offset lies after the last block.
 */
export function blockAt(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < blocks.length ? lo : -1;
}
