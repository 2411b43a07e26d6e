/**
 * `npm run bench:batch`: articles per second of `datelines batch` with 1 and N worker
 * threads, over the texts of the TempEval-3 training corpus (../shared/eval/te3-train,
 * read at run time) as NDJSON, each dated by its creation time.
 *
 *   npm run bench:batch [-- --jobs 4] [--repeat 3]
 *
 * Times the whole run, worker start-up included, with the output thrown away; and apart,
 * the start-up (until the first answer: the threads load the engine through tsx) and the
 * rate after it, which is what a long archive sees. The load average is printed beside:
 * on a shared machine N jobs only go faster with N cores free.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { runBatch } from '../cli/commands/batch.ts';
import { workerPool } from '../cli/batch/pool.ts';
import type { CliIo } from '../cli/io.ts';
import { readTimeML } from '../src/core/formats/timeml.ts';
import { corpusFiles } from './corpus.ts';

const { values: args } = parseArgs({
  options: {
    jobs: { type: 'string', default: String(availableParallelism()) },
    repeat: { type: 'string', default: '3' },
  },
});
const jobs = Math.max(1, Number(args.jobs) || 1);
const repeat = Math.max(1, Number(args.repeat) || 1);

const files = corpusFiles();
if (files.length === 0) {
  console.error('No corpus at ../shared/eval/te3-train: nothing to measure.');
  process.exit(2);
}
const lines = files.map(({ path }, i) => {
  const doc = readTimeML(readFileSync(path, 'utf8'));
  return JSON.stringify({ id: `te3-${i}`, text: doc.text, published: doc.documentDate });
});
const input = new TextEncoder().encode(`${Array(repeat).fill(lines.join('\n')).join('\n')}\n`);
const articles = files.length * repeat;
const megabytes = input.length / 1e6;

/** An io that feeds the NDJSON from memory and counts the answers. */
function benchIo(): CliIo & { answers: number; errors: number; firstAnswer: number } {
  const io = {
    answers: 0,
    errors: 0,
    firstAnswer: 0,
    kindOf: () => Promise.resolve('file' as const),
    readBytes: () => Promise.resolve(input),
    async *streamBytes() {
      for (let at = 0; at < input.length; at += 65_536) {
        await Promise.resolve();
        yield input.subarray(at, at + 65_536);
      }
    },
    listDirectory: () => Promise.resolve([]),
    makeDirectory: () => Promise.resolve(),
    writeText: () => Promise.resolve(),
    stdout: () => undefined,
    stdoutDrained(text: string) {
      if (io.answers++ === 0) io.firstAnswer = performance.now();
      if (text.startsWith('{"id":') && text.includes('"error":')) io.errors++;
      return Promise.resolve();
    },
    stderr: (text: string) => void process.stderr.write(text),
    stderrIsTerminal: false,
    now: () => new Date(),
  };
  return io;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(
  `datelines batch: ${articles} articles (${files.length} te3-train texts x${repeat}), ${megabytes.toFixed(1)} MB of NDJSON, ${availableParallelism()} cores available, load average ${load()}`,
);
for (const n of [...new Set([1, jobs])]) {
  const io = benchIo();
  const started = performance.now();
  await runBatch({ input: 'bench.ndjson', jobs: n }, io, workerPool(n));
  const ended = performance.now();
  const seconds = (ended - started) / 1000;
  const startup = (io.firstAnswer - started) / 1000;
  const steady = (articles - 1) / ((ended - io.firstAnswer) / 1000);
  console.log(
    `  --jobs ${n}: ${(articles / seconds).toFixed(1)} articles/s, ${(megabytes / seconds).toFixed(2)} MB/s (${seconds.toFixed(1)} s; ${io.answers} answers, ${io.errors} errors); first answer after ${startup.toFixed(1)} s, then ${steady.toFixed(1)} articles/s; load average ${load()}`,
  );
}
