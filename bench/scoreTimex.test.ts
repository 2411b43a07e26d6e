import { describe, expect, it } from 'vitest';
import { addCounts, emptyCounts, matchSpans, metrics, scoreDocument } from './scoreTimex.ts';

const span = (start: number, end: number, value = '1998-01-08', type = 'DATE') => ({
  start,
  end,
  type,
  value,
});

describe('scoreDocument', () => {
  it('counts an identical span as both a strict and a relaxed match', () => {
    const { counts } = scoreDocument([span(3, 9)], [span(3, 9)]);
    expect(counts).toMatchObject({ strict: 1, relaxed: 1, typeRight: 1, valueRight: 1 });
  });

  it('counts an overlapping span as relaxed but not strict', () => {
    // "last Friday" (gold) against "Friday" (system)
    const { counts } = scoreDocument([span(10, 21)], [span(15, 21)]);
    expect(counts).toMatchObject({ strict: 0, relaxed: 1 });
  });

  it('does not match spans that only touch', () => {
    const { counts, errors } = scoreDocument([span(0, 5)], [span(5, 9)]);
    expect(counts.relaxed).toBe(0);
    expect(errors.missed).toHaveLength(1);
    expect(errors.spurious).toHaveLength(1);
  });

  it('lets one long system span match only one gold span', () => {
    // "Monday and Tuesday" tagged as one span against two gold spans
    const gold = [span(0, 6, '1998-01-05'), span(11, 18, '1998-01-06')];
    const { counts, errors } = scoreDocument(gold, [span(0, 18, '1998-01-06')]);
    expect(counts.relaxed).toBe(1);
    expect(errors.missed).toEqual([gold[0]]);
  });

  it('reports a matched span with the wrong value, and counts its type as right', () => {
    const gold = span(0, 6, '1998-01-09');
    const ours = span(0, 6, '1998-01-02');
    const { counts, errors } = scoreDocument([gold], [ours]);
    expect(counts).toMatchObject({ relaxed: 1, typeRight: 1, valueRight: 0 });
    expect(errors.wrong).toEqual([{ gold, system: ours }]);
  });

  it('reports a wrong type even when the value is right', () => {
    const { counts, errors } = scoreDocument([span(0, 4, 'P1W', 'DURATION')], [span(0, 4, 'P1W')]);
    expect(counts).toMatchObject({ typeRight: 0, valueRight: 1 });
    expect(errors.wrong).toHaveLength(1);
  });
});

describe('matchSpans', () => {
  it('prefers the exact span over a larger overlap', () => {
    const gold = [span(0, 10)];
    const exact = span(0, 10);
    const wider = span(0, 20);
    expect(matchSpans(gold, [wider, exact])).toEqual([{ gold: gold[0], system: exact }]);
  });

  it('gives a system span to the gold span it overlaps most', () => {
    const gold = [span(0, 4), span(6, 20)];
    const system = [span(2, 18)];
    expect(matchSpans(gold, system)).toEqual([{ gold: gold[1], system: system[0] }]);
  });
});

describe('metrics', () => {
  it('computes value F1 over system and gold counts, not over matches', () => {
    const m = metrics({ gold: 4, system: 2, strict: 1, relaxed: 2, typeRight: 2, valueRight: 1 });
    expect(m.value.precision).toBe(0.5);
    expect(m.value.recall).toBe(0.25);
    expect(m.value.f1).toBeCloseTo(1 / 3);
    expect(m.valueAccuracy).toBe(0.5);
    expect(m.relaxed.recall).toBe(0.5);
    expect(m.strict.precision).toBe(0.5);
  });

  it('gives zeros rather than NaN when nothing was tagged', () => {
    const m = metrics({ ...emptyCounts(), gold: 3 });
    expect([m.value.f1, m.relaxed.precision, m.typeAccuracy]).toEqual([0, 0, 0]);
  });

  it('adds counts across documents before computing figures (micro average)', () => {
    const a = scoreDocument([span(0, 3)], [span(0, 3)]).counts;
    const b = scoreDocument([span(0, 3), span(5, 8)], []).counts;
    expect(metrics(addCounts(a, b)).relaxed.recall).toBeCloseTo(1 / 3);
  });
});
