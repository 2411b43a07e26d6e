import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../core/model/index.ts';
import { eventForSegment, passagesOf, segmentArticle, type Passage } from './articleSegments.ts';

const passage = (eventId: string, start: number, end: number, sourceIndex = 0): Passage => ({
  eventId,
  sourceIndex,
  start,
  end,
});

function texts(text: string, passages: Passage[]) {
  return segmentArticle(text, passages).map((p) =>
    p.segments.map((s) => [s.text, s.owner?.eventId ?? null]),
  );
}

describe('segmentArticle', () => {
  it('keeps one paragraph per line and skips blank lines', () => {
    const paragraphs = segmentArticle('One.\n\nTwo.\r\nThree.', []);
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual([
      'One.',
      'Two.',
      'Three.',
    ]);
  });

  it('cuts a passage out of its paragraph', () => {
    expect(texts('Rally on Saturday. Calm.', [passage('e1', 0, 18)])).toEqual([
      [
        ['Rally on Saturday.', 'e1'],
        [' Calm.', null],
      ],
    ]);
  });

  it('gives a segment to the smallest passage covering it', () => {
    // "jailed for 15 days" inside the longer "were jailed for 15 days after the protest"
    const text = 'They were jailed for 15 days after the protest.';
    const outer = passage('outer', 0, 47);
    const inner = passage('inner', 10, 28);
    expect(texts(text, [outer, inner])).toEqual([
      [
        ['They were ', 'outer'],
        ['jailed for 15 days', 'inner'],
        [' after the protest.', 'outer'],
      ],
    ]);
    const middle = segmentArticle(text, [outer, inner])[0]?.segments[1];
    expect(middle?.passages.map((p) => p.eventId)).toEqual(['inner', 'outer']);
  });

  it('splits partly overlapping passages into three pieces', () => {
    expect(texts('abcdefghij', [passage('a', 0, 6), passage('b', 4, 10)])).toEqual([
      [
        ['abcd', 'a'],
        ['ef', 'a'],
        ['ghij', 'b'],
      ],
    ]);
  });

  it('splits a passage that runs over a line break', () => {
    expect(texts('ab\ncd', [passage('x', 1, 4)])).toEqual([
      [
        ['a', null],
        ['b', 'x'],
      ],
      [
        ['c', 'x'],
        ['d', null],
      ],
    ]);
  });

  it('reproduces the text exactly', () => {
    const text = 'First line here.\nSecond line, longer.\nThird.';
    const paragraphs = segmentArticle(text, [passage('a', 3, 20), passage('b', 6, 9)]);
    for (const p of paragraphs) {
      expect(p.segments.map((s) => s.text).join('')).toBe(text.slice(p.start, p.end));
    }
  });
});

describe('passagesOf', () => {
  const event = (id: string, spans: [number, number, string?][]): TimelineEvent => ({
    id,
    title: id,
    status: 'happened',
    timexIds: [],
    edited: false,
    date: {
      start: { value: '2012-02-25', precision: 'day', approximate: false },
      derivation: {
        phrase: 'February 25',
        reference: { kind: 'none', label: 'the text' },
        rule: 'test',
        explanation: 'test',
        inferred: false,
      },
    },
    sources: spans.map(([start, end, doc]) => ({
      documentId: doc ?? 'doc',
      span: { start, end, text: '' },
    })),
  });

  it('lists every source of every event in this article, clamped to the text', () => {
    const passages = passagesOf(
      [
        event('e1', [
          [0, 4],
          [5, 99],
        ]),
        event('e2', [[1, 2, 'other']]),
        event('e3', [[3, 3]]),
      ],
      'doc',
      10,
    );
    expect(passages).toEqual([passage('e1', 0, 4, 0), passage('e1', 5, 10, 1)]);
  });
});

describe('eventForSegment', () => {
  const text = 'They were jailed for 15 days after the protest.';
  const outer = passage('outer', 0, 47);
  const inner = passage('inner', 10, 28);
  const twin = passage('twin', 10, 28);
  const shared = segmentArticle(text, [outer, inner, twin])[0]?.segments[1];

  it('selects the owner first', () => {
    expect(shared && eventForSegment(shared, null)).toBe('inner');
    expect(shared && eventForSegment(shared, 'elsewhere')).toBe('inner');
  });

  it('cycles through every event covering the segment on further clicks', () => {
    if (!shared) throw new Error('no segment');
    expect(eventForSegment(shared, 'inner')).toBe('twin');
    expect(eventForSegment(shared, 'twin')).toBe('outer');
    expect(eventForSegment(shared, 'outer')).toBe('inner');
  });
});
