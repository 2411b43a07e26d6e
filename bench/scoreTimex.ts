/**
 * TempEval-3 Task A scoring of temporal expressions (UzZaman et al. 2013): strict and
 * relaxed span match, type and value accuracy over relaxed matches, and value F1.
 */

/** A tagged expression: a span of the plain text with its TimeML type and value. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: string;
  value: string;
}

/** Raw counts; they add up across documents (micro-averaging). */
export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  /** Relaxed matches whose type / value is also right. */
  typeRight: number;
  valueRight: number;
}

/** What went wrong in one document, for the error report. */
export interface TimexErrors<S extends TaggedSpan = TaggedSpan> {
  missed: S[];
  spurious: S[];
  /** Relaxed matches with a wrong value or type. */
  wrong: Array<{ gold: S; system: S }>;
}

export interface DocumentScore<S extends TaggedSpan = TaggedSpan> {
  counts: TimexCounts;
  /** One-to-one relaxed matches, in gold order. */
  matches: Array<{ gold: S; system: S }>;
  errors: TimexErrors<S>;
}

function overlap(a: TaggedSpan, b: TaggedSpan): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * Pairs gold and system spans one to one: exact spans first, then the largest overlaps
 * (ties to the earlier span), so one long system span cannot claim two gold spans.
 */
export function matchSpans<S extends TaggedSpan>(
  gold: readonly S[],
  system: readonly S[],
): Array<{ gold: S; system: S }> {
  const pairs: Array<{ g: number; s: number; overlap: number; exact: boolean }> = [];
  gold.forEach((g, gi) =>
    system.forEach((s, si) => {
      const o = overlap(g, s);
      if (o > 0)
        pairs.push({ g: gi, s: si, overlap: o, exact: g.start === s.start && g.end === s.end });
    }),
  );
  pairs.sort(
    (a, b) => Number(b.exact) - Number(a.exact) || b.overlap - a.overlap || a.g - b.g || a.s - b.s,
  );
  const goldUsed = new Set<number>();
  const systemUsed = new Set<number>();
  const matched: Array<{ g: number; s: number }> = [];
  for (const p of pairs) {
    if (goldUsed.has(p.g) || systemUsed.has(p.s)) continue;
    goldUsed.add(p.g);
    systemUsed.add(p.s);
    matched.push(p);
  }
  return matched
    .sort((a, b) => a.g - b.g)
    .map((m) => ({ gold: gold[m.g] as S, system: system[m.s] as S }));
}

/** Scores one document's system spans against its gold spans. */
export function scoreDocument<S extends TaggedSpan>(
  gold: readonly S[],
  system: readonly S[],
): DocumentScore<S> {
  const matches = matchSpans(gold, system);
  const counts: TimexCounts = {
    gold: gold.length,
    system: system.length,
    strict: 0,
    relaxed: matches.length,
    typeRight: 0,
    valueRight: 0,
  };
  const wrong: TimexErrors<S>['wrong'] = [];
  for (const m of matches) {
    if (m.gold.start === m.system.start && m.gold.end === m.system.end) counts.strict++;
    const typeRight = m.gold.type === m.system.type;
    const valueRight = m.gold.value === m.system.value;
    if (typeRight) counts.typeRight++;
    if (valueRight) counts.valueRight++;
    if (!typeRight || !valueRight) wrong.push(m);
  }
  const goldMatched = new Set<S>(matches.map((m) => m.gold));
  const systemMatched = new Set<S>(matches.map((m) => m.system));
  return {
    counts,
    matches,
    errors: {
      missed: gold.filter((g) => !goldMatched.has(g)),
      spurious: system.filter((s) => !systemMatched.has(s)),
      wrong,
    },
  };
}

export function emptyCounts(): TimexCounts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, typeRight: 0, valueRight: 0 };
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed,
    typeRight: a.typeRight + b.typeRight,
    valueRight: a.valueRight + b.valueRight,
  };
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function prf(correct: number, system: number, gold: number): PRF {
  const precision = system === 0 ? 0 : correct / system;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The TempEval-3 figures, as fractions in [0, 1]. */
export interface TimexMetrics {
  strict: PRF;
  relaxed: PRF;
  /** Share of relaxed matches with the right type / value. */
  typeAccuracy: number;
  valueAccuracy: number;
  /** A relaxed match counts only if its value is right too; the ranking figure of TempEval-3. */
  value: PRF;
}

/**
 * Turns counts into TempEval-3 figures.
 *
 * @example
 * metrics({ gold: 4, system: 2, strict: 1, relaxed: 2, typeRight: 2, valueRight: 1 }).value
 * // { precision: 0.5, recall: 0.25, f1: 0.333… }
 */
export function metrics(c: TimexCounts): TimexMetrics {
  return {
    strict: prf(c.strict, c.system, c.gold),
    relaxed: prf(c.relaxed, c.system, c.gold),
    typeAccuracy: c.relaxed === 0 ? 0 : c.typeRight / c.relaxed,
    valueAccuracy: c.relaxed === 0 ? 0 : c.valueRight / c.relaxed,
    value: prf(c.valueRight, c.system, c.gold),
  };
}
