import { describe, expect, it } from 'vitest';
import { mergeEvents } from './merge.ts';
import { sourcesDisagree } from './disagreement.ts';
import { eventAt } from './testEvents.ts';

const reuters = eventAt('r', 'reuters', 10, 'Police detained protesters on Saturday', '2012-02-25');
const tass = eventAt('t', 'tass', 50, 'Police detained protesters on Sunday', '2012-02-26');
const monthly = eventAt('m', 'monthly', 5, 'Protests in February', '2012-02', {
  precision: 'month',
});

describe('sourcesDisagree', () => {
  it('says nothing for an event with one source', () => {
    expect(sourcesDisagree(reuters)).toBeNull();
  });

  it('shows each source with its date when two give different days', () => {
    const merged = mergeEvents([reuters, tass]);
    const readings = sourcesDisagree(merged);
    expect(readings?.map((r) => [r.documentId, r.date.start.value])).toEqual([
      ['reuters', '2012-02-25'],
      ['tass', '2012-02-26'],
    ]);
  });

  it('counts a month and a day within it as agreeing', () => {
    expect(sourcesDisagree(mergeEvents([monthly, reuters]))).toBeNull();
  });

  it('keeps each merged source’s own date through a second merge', () => {
    const third = eventAt('x', 'other', 0, 'Detentions came on Saturday', '2012-02-25');
    const twice = mergeEvents([mergeEvents([reuters, third]), tass]);
    expect(twice.sources.map((s) => s.date?.start.value)).toEqual([
      '2012-02-25',
      '2012-02-25',
      '2012-02-26',
    ]);
    expect(sourcesDisagree(twice)).not.toBeNull();
  });
});

describe('mergeEvents', () => {
  it('keeps the first event’s id, title and date and every quote', () => {
    const merged = mergeEvents([tass, reuters]);
    expect(merged.id).toBe('t');
    expect(merged.date.start.value).toBe('2012-02-26');
    expect(merged.sources.map((s) => s.documentId)).toEqual(['tass', 'reuters']);
    expect(merged.edited).toBe(true);
  });

  it('gives an undated event the date of a dated one merged with it', () => {
    const undated = {
      ...eventAt('u', 'reuters', 90, 'Leaders jailed', '2012-02-27'),
      needsDate: true,
    };
    const merged = mergeEvents([undated, tass]);
    expect(merged.needsDate).toBeUndefined();
    expect(merged.date.start.value).toBe('2012-02-26');
    expect(merged.sources.find((s) => s.span.text === 'Leaders jailed')?.date).toBeUndefined();
  });
});

describe('sourcesDisagree on many sources', () => {
  it('finds the one source of a thousand whose date lies apart', () => {
    const same = Array.from({ length: 1000 }, (_, i) =>
      eventAt(`s${i}`, `doc${i}`, 10, 'Police detained protesters', '2012-02'),
    );
    const agreeing = mergeEvents([monthly, ...same, reuters]);
    expect(sourcesDisagree(agreeing)).toBeNull();
    const apart = mergeEvents([...same.slice(0, 500), tass, ...same.slice(500), monthly]);
    // Every day of February agrees with the month; 26 February agrees too. Add March:
    const march = eventAt('mar', 'late', 0, 'Protests in March', '2012-03', {
      precision: 'month',
    });
    expect(sourcesDisagree(apart)).toBeNull();
    expect(sourcesDisagree(mergeEvents([apart, march]))?.length).toBe(1003);
  });
});
