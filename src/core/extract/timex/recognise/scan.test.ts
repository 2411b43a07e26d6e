import { describe, expect, it } from 'vitest';
import type { Candidate } from '../types.ts';
import { bounds, isQuotedTitle, scan } from './scan.ts';

const asCandidate = (m: RegExpExecArray): Candidate => ({
  ...bounds(m),
  type: 'DATE',
  meaning: { kind: 'literal', value: m[0] },
  rule: 'test',
});

describe('scan', () => {
  it('turns every match into a candidate, skipping declined ones', () => {
    const found = scan('a1 b2 c3', /[a-z](\d)/g, (m) =>
      m[1] === '2' ? undefined : asCandidate(m),
    );
    expect(found.map((c) => [c.start, c.end])).toEqual([
      [0, 2],
      [6, 8],
    ]);
  });

  it('does not loop on empty matches and restarts a reused pattern', () => {
    const pattern = /x*/g;
    expect(scan('abc', pattern, asCandidate)).toEqual([]);
    expect(scan('xx', pattern, asCandidate)).toHaveLength(1);
  });

  it('steps over a whole character after an empty match in unicode mode', () => {
    // "𝐀" is a surrogate pair: one code unit on, the engine backs up to its start again.
    expect(scan('𝐀x', /x|(?:)/gu, asCandidate).map((c) => c.start)).toEqual([2]);
    expect(scan('𝐀x', /\p{L}*/gu, asCandidate).map((c) => [c.start, c.end])).toEqual([[0, 3]]);
  });

  it('refuses a pattern without the global flag rather than reading forever', () => {
    expect(() => scan('x', /x/, asCandidate)).toThrow(TypeError);
  });

  it('tells a quoted title from a quoted time', () => {
    const text = 'on "Last Year Today" and "last year"';
    expect(isQuotedTitle(text, 4, 13)).toBe(true);
    expect(isQuotedTitle(text, 26, 35)).toBe(false);
  });
});
