/**
 * `npm run bench`: how fast the engine reads text, beside bare chrono-node.
 *
 *   npm run bench [-- --runs 300] [--adversarial-mb 5] [--source]
 *
 * The engine is timed as the app ships it, bundled and minified (engineBundle.ts);
 * `--source` times the TypeScript sources as tsx loads them instead.
 *
 * (a) the seed article, full engine and timex step alone: median and p95 per run, after as
 *     many untimed runs;
 * (b) throughput of the timex step over the plain text of the evaluation corpus
 *     (the seed repeated when the corpus is absent); (c) chrono-node over the same text;
 * (d) a large adversarial text, timed once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chrono from 'chrono-node';
import type { Article } from '../src/core/model/index.ts';
import { builtEngine, sourceEngine } from './engineBundle.ts';
import { readTimeML } from '../src/core/formats/timeml.ts';
import { adversarialText } from './adversarialText.ts';
import { corpusFiles, repoRoot } from './corpus.ts';
import { percentile, timeRuns } from './stats.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '300' },
    'adversarial-mb': { type: 'string', default: '5' },
    source: { type: 'boolean', default: false },
  },
});
const { extractArticle, extractTimexes } = args.source ? await sourceEngine() : await builtEngine();
const runs = Math.max(1, Number(args.runs) || 300);
const adversarialBytes = Math.round(Number(args['adversarial-mb']) * 1_000_000) || 5_000_000;
/** chrono-node takes tens of seconds per MB of adversarial text, so it gets a slice. */
const chronoAdversarialBytes = Math.min(adversarialBytes, 500_000);

interface Doc {
  text: string;
  documentDate: string;
}

const referenceOf = (documentDate: string): Date => {
  const [y, m, d] = documentDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
};
const ours = (doc: Doc) => extractTimexes(doc.text, { documentDate: doc.documentDate });
const bareChrono = (doc: Doc) => chrono.parse(doc.text, referenceOf(doc.documentDate));
const bytesOf = (docs: readonly Doc[]) =>
  docs.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0);
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

const rows: Array<[string, string, string]> = [];
const row = (what: string, figure: string, note = '') => {
  rows.push([what, figure, note]);
};
console.log('Measuring; chrono-node on the adversarial text alone takes about ten seconds…');

// (a) The seed article.
const seed: Article = {
  id: 'seed',
  title: 'seed article',
  text: readFileSync(join(repoRoot, 'src/app/seed/article.txt'), 'utf8'),
  publishedOn: '2012-02-27',
  language: 'en',
};
const seedDoc: Doc = { text: seed.text, documentDate: seed.publishedOn };
const seedRuns: Array<[string, () => unknown]> = [
  ['seed article, extractArticle', () => extractArticle(seed)],
  ['seed article, extractTimexes', () => ours(seedDoc)],
  ['seed article, chrono.parse', () => bareChrono(seedDoc)],
];
for (const [what, work] of seedRuns) {
  // Warmed up as many runs as are timed: the engine's hundreds of functions and patterns
  // reach V8's optimised tiers, and the heap its working size, only after a few hundred
  // runs; the median of runs still warming up measures the JIT as much as the engine.
  const times = timeRuns(work, runs, runs);
  row(what, `${ms(percentile(times, 50))} ms`, `median; p95 ${ms(percentile(times, 95))} ms`);
}

// (b, c) Throughput over the corpus, ours and chrono-node on the same documents.
const files = corpusFiles();
const corpus: Doc[] = files.length
  ? files.map((f) => readTimeML(readFileSync(f.path, 'utf8')))
  : Array.from({ length: 200 }, () => seedDoc);
const source = files.length ? `${files.length} corpus documents` : 'seed article x200 (no corpus)';
const corpusMB = bytesOf(corpus) / 1e6;
// Passes over all documents, ours and chrono-node's alternately (after a warm-up pass of
// each), so that a slow spell of a shared machine falls on both; the ratio is the median of
// each pair's.
const PASSES = 9;
const onePass = (tag: (doc: Doc) => unknown): number => {
  const started = performance.now();
  corpus.forEach(tag);
  return performance.now() - started;
};
onePass(ours);
onePass(bareChrono);
const pairs = Array.from({ length: PASSES }, () => [onePass(ours), onePass(bareChrono)] as const);
const oursMillis = percentile(
  pairs.map(([o]) => o),
  50,
);
const chronoMillis = percentile(
  pairs.map(([, c]) => c),
  50,
);
const mbPerSecond = (millis: number, mb = corpusMB) =>
  millis > 0 ? `${(mb / (millis / 1000)).toFixed(2)} MB/s` : 'instant';
row(`throughput, extractTimexes`, mbPerSecond(oursMillis), `${source}, ${corpusMB.toFixed(2)} MB`);
row(`throughput, chrono.parse`, mbPerSecond(chronoMillis), `same text`);
row(
  'time ours / chrono',
  percentile(
    pairs.map(([o, c]) => (c > 0 ? o / c : NaN)),
    50,
  ).toFixed(2),
  `median of ${PASSES} alternating passes; below 1: ours is faster`,
);

// (d) Adversarial text, timed once.
const adversarial: Doc = { text: adversarialText(adversarialBytes), documentDate: '2012-02-27' };
const time = (work: () => unknown): number => {
  const started = performance.now();
  work();
  return performance.now() - started;
};
const adversarialMillis = time(() => ours(adversarial));
row(
  `adversarial ${adversarialBytes / 1e6} MB, extractTimexes`,
  `${ms(adversarialMillis)} ms`,
  mbPerSecond(adversarialMillis, adversarialBytes / 1e6),
);
const slice: Doc = { ...adversarial, text: adversarial.text.slice(0, chronoAdversarialBytes) };
const chronoSliceMillis = time(() => bareChrono(slice));
row(
  `adversarial first ${chronoAdversarialBytes / 1e6} MB, chrono.parse`,
  `${ms(chronoSliceMillis)} ms`,
  mbPerSecond(chronoSliceMillis, chronoAdversarialBytes / 1e6),
);

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
const line = (r: readonly string[]) =>
  `${(r[0] ?? '').padEnd(widths[0] ?? 0)}  ${(r[1] ?? '').padStart(widths[1] ?? 0)}  ${r[2] ?? ''}`;
console.log(
  `\nExtraction speed (Node ${process.version}, ${runs} timed runs per seed figure; ` +
    `engine ${args.source ? 'from its TypeScript sources (tsx)' : 'as built for the app'})\n`,
);
console.log(line(['measure', 'figure', 'note']));
console.log('-'.repeat((widths[0] ?? 0) + (widths[1] ?? 0) + (widths[2] ?? 0) + 4));
rows.forEach((r) => console.log(line(r)));
