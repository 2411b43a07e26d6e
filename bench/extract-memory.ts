/**
 * `npm run bench:memory`: peak memory of `datelines extract` on large articles, against
 * the size of the input.
 *
 *   npm run bench:memory [-- --mb 10,50] [--format json]
 *
 * Each input is the plain text of the TempEval-3 training corpus (../shared/eval/te3-train,
 * read at run time; the seed article when it is absent), repeated to the size asked and
 * written to a temporary file. The real command (`cli/bin.mjs`, TypeScript loaded by tsx)
 * reads it in a child process with `--max-size` raised, output thrown away; the child
 * reports its peak resident memory (getrusage maxRSS, all threads) as it exits. The
 * command's resting memory (`--version`, Node and tsx loaded) is printed too: it is in
 * every figure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readTimeML } from '../src/core/formats/timeml.ts';
import { corpusFiles, repoRoot } from './corpus.ts';

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '10,50' },
    format: { type: 'string', default: 'json' },
  },
});
const sizes = args.mb.split(',').map((mb) => Math.round(Number(mb) * 1e6));

const files = corpusFiles();
const texts = files.length
  ? files.map(({ path }) => readTimeML(readFileSync(path, 'utf8')).text.trim())
  : [readFileSync(join(repoRoot, '../shared/seed/article.txt'), 'utf8').trim()];
const corpus = `${texts.join('\n\n')}\n\n`;

/** The corpus repeated to `bytes` (it is ASCII: a character a byte), cut after a line. */
function textOf(bytes: number): string {
  const text = corpus.repeat(Math.ceil(bytes / corpus.length)).slice(0, bytes);
  return text.slice(0, text.lastIndexOf('\n') + 1);
}

const dir = mkdtempSync(join(tmpdir(), 'datelines-memory-'));
const rssFile = join(dir, 'max-rss');
const bin = join(repoRoot, 'cli/bin.mjs');
const preload = join(repoRoot, 'bench/maxRss.mjs');

/** Runs `datelines ARGS` in a child; its peak memory in bytes and wall time in seconds. */
function measure(argv: string[]): { peak: number; seconds: number; status: number | null } {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', preload, bin, ...argv], {
    env: { ...process.env, BENCH_MAX_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const seconds = (performance.now() - started) / 1000;
  return { peak: Number(readFileSync(rssFile, 'utf8')), seconds, status: child.status };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
try {
  console.log(
    `datelines extract --format ${args.format}: peak resident memory (load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  );
  const idle = measure(['--version']);
  console.log(`  at rest (--version): ${mb(idle.peak)}`);
  for (const size of sizes) {
    const input = join(dir, `article-${size}.txt`);
    const text = textOf(size);
    writeFileSync(input, text);
    const run = measure([
      'extract',
      input,
      '--published',
      '2000-01-01',
      '--format',
      args.format,
      '--max-size',
      String(text.length + 1),
    ]);
    rmSync(input);
    console.log(
      `  ${mb(text.length)} input: peak ${mb(run.peak)} (${run.peak} bytes), ${(run.peak / text.length).toFixed(1)}x the input; ${run.seconds.toFixed(0)} s${run.status === 0 ? '' : `, exit ${run.status}`}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
