import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { weekend } from './weekend.ts';

describe('weekend', () => {
  it('reads weekends with and without last/next', () => {
    const hits = found(weekend, 'Over the weekend it snowed; next weekend it will not.');
    expect(hits.map((h) => [h.words, h.meaning])).toEqual([
      ['the weekend', { kind: 'calendar', weekday: 6, weekend: true, which: undefined }],
      ['next weekend', { kind: 'calendar', weekday: 6, weekend: true, which: 'next' }],
    ]);
  });
});
