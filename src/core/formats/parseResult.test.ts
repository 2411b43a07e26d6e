import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, parseJsonText, zodErrors } from './parseResult.ts';

describe('formatPath', () => {
  it('writes keys with dots and array positions in brackets', () => {
    expect(formatPath(['events', 2, 'date', 'start'])).toBe('events[2].date.start');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('');
  });
});

describe('zodErrors', () => {
  it('gives each issue its path under a prefix and its message', () => {
    const result = z.object({ year: z.number() }).safeParse({ year: 'x' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(zodErrors(result.error, ['events', 1])).toEqual([
      { path: 'events[1].year', message: expect.stringMatching(/number/) as unknown },
    ]);
  });
});

describe('parseJsonText', () => {
  it('returns the value of valid JSON and one error for anything else', () => {
    expect(parseJsonText('[1]')).toEqual({ ok: true, value: [1] });
    const bad = parseJsonText('{');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.path).toBe('');
  });
});
