import { describe, expect, it } from 'vitest';
import { eventIdFromHash, hashForEvent, urlForEvent } from './eventHash.ts';

describe('eventIdFromHash', () => {
  it('reads the event id from #event=<id>', () => {
    expect(eventIdFromHash('#event=e3')).toBe('e3');
  });

  it('gives null for an empty hash, another key or an empty id', () => {
    expect(eventIdFromHash('')).toBeNull();
    expect(eventIdFromHash('#')).toBeNull();
    expect(eventIdFromHash('#other=1')).toBeNull();
    expect(eventIdFromHash('#event=')).toBeNull();
  });

  it('decodes ids with reserved characters', () => {
    expect(eventIdFromHash(hashForEvent('a b&c=d/é'))).toBe('a b&c=d/é');
  });
});

describe('hashForEvent', () => {
  it('writes #event=<id>, and nothing for no event', () => {
    expect(hashForEvent('e3')).toBe('#event=e3');
    expect(hashForEvent(null)).toBe('');
  });
});

describe('urlForEvent', () => {
  it('keeps the path and query and replaces the hash', () => {
    expect(urlForEvent({ pathname: '/app/', search: '?x=1' }, 'e2')).toBe('/app/?x=1#event=e2');
    expect(urlForEvent({ pathname: '/', search: '' }, null)).toBe('/');
  });
});
