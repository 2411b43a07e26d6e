/**
 * `npm run eval`: scores the date engine on the TempEval-3 training corpus (TimeBank and
 * AQUAINT, read from ../shared/eval/te3-train at run time, never copied), beside bare
 * chrono-node, and writes every error to .eval-out/errors.txt. A report, not a test.
 *
 *   npm run eval [-- --only TimeBank|AQUAINT] [--doc NAME] [--baseline off] [--dir DIR]
 *
 * `--dir DIR` scores the gold-tagged `.tml` files of any other folder instead (another
 * TempEval-style test set kept outside the repository).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Timex } from '../src/core/model/index.ts';
import { readTimeML } from '../src/core/formats/timeml.ts';
import { extractTimexes } from '../src/core/extract/timex/index.ts';
import { chronoTimexes } from './chronoBaseline.ts';
import { COLLECTIONS, corpusDir, corpusFiles, repoRoot, type Collection } from './corpus.ts';
import {
  addCounts,
  emptyCounts,
  metrics,
  scoreDocument,
  type DocumentScore,
  type PRF,
  type TaggedSpan,
  type TimexCounts,
} from './scoreTimex.ts';

const outDir = join(repoRoot, '.eval-out');

interface OurSpan extends TaggedSpan {
  rule: string;
}

interface SystemRun {
  name: string;
  counts: Record<string, TimexCounts>;
  millis: number;
  failures: string[];
}

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    doc: { type: 'string' },
    baseline: { type: 'string', default: 'on' },
    dir: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log(
    'Usage: npm run eval [-- --only TimeBank|AQUAINT] [--doc NAME] [--baseline off] [--dir DIR]',
  );
  process.exit(0);
}
const otherDir = args.dir === undefined ? undefined : resolve(args.dir);
const scoredDir = otherDir ?? corpusDir;
if (!existsSync(scoredDir)) {
  console.log(`No evaluation corpus at ${scoredDir}; nothing to score.`);
  process.exit(otherDir === undefined ? 0 : 2);
}
const only = args.only;
if (only !== undefined && !(COLLECTIONS as readonly string[]).includes(only)) {
  console.error(`--only takes ${COLLECTIONS.join(' or ')}, not "${only}".`);
  process.exit(2);
}
const withBaseline = args.baseline !== 'off';

/** The `.tml` files of `--dir`, as one collection named after the folder. */
function otherDocuments(dir: string): Array<{ collection: string; path: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => ({ collection: basename(dir), path: join(dir, f) }));
}

function listDocuments(): Array<{ collection: string; path: string }> {
  const docs =
    otherDir !== undefined
      ? otherDocuments(otherDir)
      : corpusFiles(only === undefined ? COLLECTIONS : [only as Collection]);
  if (args.doc === undefined) return docs;
  const wanted = args.doc.replace(/\.tml$/, '');
  return docs.filter((d) => basename(d.path, '.tml') === wanted);
}

/** The text around a span on one line, the span in [[ ]]. */
function inContext(text: string, s: TaggedSpan, width = 60): string {
  const flat = (x: string) => x.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, s.start - width), s.start)).trimStart();
  const after = flat(text.slice(s.end, s.end + width)).trimEnd();
  return `…${before}[[${flat(text.slice(s.start, s.end))}]]${after}…`;
}

function describeErrors(name: string, text: string, score: DocumentScore<OurSpan>): string {
  const { missed, spurious, wrong } = score.errors;
  if (missed.length + spurious.length + wrong.length === 0) return '';
  const label = (s: TaggedSpan) => `${s.type} ${s.value}`;
  const lines = [`== ${name}`];
  for (const g of missed)
    lines.push(`  MISSED    gold ${label(g)}\n            ${inContext(text, g)}`);
  for (const s of spurious)
    lines.push(`  SPURIOUS  ours ${label(s)} (${s.rule})\n            ${inContext(text, s)}`);
  for (const { gold, system } of wrong) {
    const spans =
      gold.start === system.start && gold.end === system.end
        ? ''
        : ` ours "${text.slice(system.start, system.end)}"`;
    lines.push(
      `  WRONG     gold ${label(gold)} | ours ${label(system)} (${system.rule})${spans}\n` +
        `            ${inContext(text, gold)}`,
    );
  }
  return lines.join('\n') + '\n';
}

const documents = listDocuments();
if (documents.length === 0) {
  console.log(
    args.doc !== undefined
      ? `No document named ${args.doc} in ${corpusDir}.`
      : 'No .tml files found.',
  );
  process.exit(args.doc !== undefined ? 1 : 0);
}

const ours: SystemRun = { name: 'datelines', counts: {}, millis: 0, failures: [] };
const chrono: SystemRun = { name: 'chrono', counts: {}, millis: 0, failures: [] };
const report: string[] = [];
const spanProblems: string[] = [];

/** Engine output that breaks the Timex contract: spans that misquote or overlap the text. */
function badSpans(text: string, timexes: readonly Timex[]): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  for (const t of timexes) {
    const { start, end } = t.span;
    const quoted = text.slice(start, end);
    if (end <= start || quoted !== t.span.text)
      problems.push(
        `${t.id} (${t.rule}) span ${start}-${end} says "${t.span.text}", text has "${quoted}"`,
      );
    else if (start < previousEnd)
      problems.push(`${t.id} (${t.rule}) "${quoted}" overlaps the one before`);
    previousEnd = Math.max(previousEnd, end);
  }
  return problems;
}

function run<S extends TaggedSpan>(
  system: SystemRun,
  collection: string,
  gold: TaggedSpan[],
  tag: () => S[],
  docName: string,
): DocumentScore<S> {
  const started = performance.now();
  let spans: S[] = [];
  try {
    spans = tag();
  } catch (error) {
    system.failures.push(`${docName}: ${error instanceof Error ? error.message : String(error)}`);
  }
  system.millis += performance.now() - started;
  // Gold spans carry `rule`-less objects; scoring only reads the shared fields.
  const score = scoreDocument<TaggedSpan>(gold, spans) as DocumentScore<S>;
  for (const key of [collection, 'all'])
    system.counts[key] = addCounts(system.counts[key] ?? emptyCounts(), score.counts);
  return score;
}

for (const { collection, path } of documents) {
  const name = `${collection}/${basename(path)}`;
  const doc = readTimeML(readFileSync(path, 'utf8'));
  const gold: OurSpan[] = doc.gold.map((g) => ({ ...g, rule: 'gold' }));
  const score = run(
    ours,
    collection,
    gold,
    () => {
      const timexes = extractTimexes(doc.text, { documentDate: doc.documentDate });
      spanProblems.push(...badSpans(doc.text, timexes).map((p) => `${name}: ${p}`));
      return timexes.map((t) => ({
        start: t.span.start,
        end: t.span.end,
        type: t.type,
        value: t.value,
        rule: t.rule,
      }));
    },
    name,
  );
  report.push(describeErrors(`${name} (DCT ${doc.documentDate})`, doc.text, score));
  if (withBaseline)
    run(chrono, collection, gold, () => chronoTimexes(doc.text, doc.documentDate), name);
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
const triple = (p: PRF) => `${pct(p.precision)}${pct(p.recall)}${pct(p.f1)}`;
const systems = withBaseline ? [ours, chrono] : [ours];
const group = (title: string, columns: string[]) =>
  [title.padStart(6 * columns.length), columns.map((c) => c.padStart(6)).join('')] as const;
const groups = [
  group('strict span', ['P', 'R', 'F1']),
  group('relaxed span', ['P', 'R', 'F1']),
  group('accuracy', ['type', 'value']),
  group('VALUE', ['P', 'R', 'F1']),
  group('count', ['gold', 'sys']),
];
console.log(
  `\nTempEval-3 Task A scoring, ${documents.length} document${documents.length === 1 ? '' : 's'} from ${relative(repoRoot, scoredDir)}\n`,
);
const collections = otherDir !== undefined ? [basename(otherDir)] : COLLECTIONS;
// As wide as the longest corpus name (a --dir of any name), and a space.
const corpusWidth = Math.max('corpus'.length, ...collections.map((c) => c.length)) + 1;
console.log(' '.repeat(corpusWidth + 11) + groups.map(([title]) => ` | ${title}`).join(''));
const header =
  'corpus'.padEnd(corpusWidth) +
  'system'.padEnd(11) +
  groups.map(([, cols]) => ` | ${cols}`).join('');
console.log(header);
console.log('-'.repeat(header.length));
for (const key of [...collections.filter((c) => ours.counts[c]), 'all']) {
  for (const system of systems) {
    const c = system.counts[key] ?? emptyCounts();
    const m = metrics(c);
    const cells = [
      triple(m.strict),
      triple(m.relaxed),
      `${pct(m.typeAccuracy)}${pct(m.valueAccuracy)}`,
      triple(m.value),
      `${String(c.gold).padStart(6)}${String(c.system).padStart(6)}`,
    ];
    const corpus = system === ours ? key : '';
    console.log(
      corpus.padEnd(corpusWidth) + system.name.padEnd(11) + cells.map((x) => ` | ${x}`).join(''),
    );
  }
}
console.log(
  '\nVALUE F1 (a relaxed match counts only with the right value) ranked TempEval-3 systems.',
);
for (const system of systems) {
  const failed = system.failures.length ? `, ${system.failures.length} documents threw` : '';
  console.log(`${system.name}: ${(system.millis / 1000).toFixed(2)} s in total${failed}`);
  for (const f of system.failures.slice(0, 5)) console.log(`  ${f}`);
}
if (spanProblems.length) {
  console.log(`datelines: ${spanProblems.length} timexes with bad spans, for example:`);
  for (const p of spanProblems.slice(0, 5)) console.log(`  ${p}`);
}
console.log(
  'For scale, on the TempEval-3 test set (another corpus): HeidelTime value F1 77.6, ' +
    'relaxed 90.3, strict 81.3.',
);

const errors = [
  ...(spanProblems.length
    ? [`== Bad spans\n${spanProblems.map((p) => `  ${p}`).join('\n')}\n`]
    : []),
  ...report.filter(Boolean),
].join('\n');
if (args.doc !== undefined) {
  console.log(`\n${errors || 'No errors in this document.'}`);
} else {
  mkdirSync(outDir, { recursive: true });
  const errorsPath = join(outDir, 'errors.txt');
  writeFileSync(errorsPath, errors || 'No errors.\n');
  writeFileSync(
    join(outDir, 'summary.json'),
    JSON.stringify(
      Object.fromEntries(
        systems.map((s) => [
          s.name,
          Object.fromEntries(
            Object.entries(s.counts).map(([k, c]) => [k, { counts: c, ...metrics(c) }]),
          ),
        ]),
      ),
      null,
      2,
    ) + '\n',
  );
  console.log(
    `\nErrors of datelines, document by document: ${relative(process.cwd(), errorsPath)}`,
  );
}
