import { describe, expect, it } from 'vitest';
import { FIXTURE_EVENTS } from '../core/formats/testFixtures.ts';
import {
  createReaderState,
  inDateOrder,
  readerReducer,
  selectEvent,
  stepEvent,
} from './readerState.ts';

const ids = FIXTURE_EVENTS.map((e) => e.id);

describe('readerReducer', () => {
  it('opens on the event the address names, and on none when it names no event of this timeline', () => {
    expect(createReaderState(FIXTURE_EVENTS, ids[2]!).selectedId).toBe(ids[2]);
    expect(createReaderState(FIXTURE_EVENTS, 'nope').selectedId).toBeNull();
  });

  it('selects and clears, ignoring unknown ids', () => {
    const state = createReaderState(FIXTURE_EVENTS, null);
    const selected = readerReducer(state, selectEvent(ids[1]!));
    expect(selected.selectedId).toBe(ids[1]);
    expect(readerReducer(selected, selectEvent('nope'))).toBe(selected);
    expect(readerReducer(selected, selectEvent(null)).selectedId).toBeNull();
  });

  it('steps from nothing to the first or last event and stops at the ends', () => {
    const none = createReaderState(FIXTURE_EVENTS, null);
    expect(readerReducer(none, stepEvent(1)).selectedId).toBe(ids[0]);
    expect(readerReducer(none, stepEvent(-1)).selectedId).toBe(ids.at(-1));
    const first = createReaderState(FIXTURE_EVENTS, ids[0]!);
    expect(readerReducer(first, stepEvent(-1))).toBe(first);
    expect(readerReducer(first, stepEvent(1)).selectedId).toBe(ids[1]);
  });

  it('does nothing without events', () => {
    const empty = createReaderState([], null);
    expect(readerReducer(empty, stepEvent(1))).toBe(empty);
  });
});

describe('inDateOrder', () => {
  it('puts events in date order without changing the list it is given', () => {
    const shuffled = [...FIXTURE_EVENTS].reverse();
    const before = [...shuffled];
    const ordered = inDateOrder(shuffled);
    expect(shuffled).toEqual(before);
    const starts = ordered.map((e) => e.date.start.value);
    expect(starts).toEqual([...starts].sort());
  });
});
