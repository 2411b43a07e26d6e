import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerLine } from '../batch/answer.ts';
import { inThread, type LineAnswerer } from '../batch/pool.ts';
import { fakeIo } from '../fakeIo.ts';
import { runBatch } from './batch.ts';

const line = (id: string, text: string, published = '2012-03-05') =>
  JSON.stringify({ id, text, published });

const ARTICLES = [
  line('a', 'Protesters rallied on March 3. They will return on March 24.'),
  line('b', 'The vote was held last Tuesday. Results are due next week.'),
  line('c', 'Police will meet at midnight on March 3.', '2012-03-01'),
];

const answersOf = (out: string) =>
  out
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: unknown; events?: unknown[]; error?: string });

describe('runBatch', () => {
  it('answers every line in input order, a bad line with its error alone', async () => {
    const input = [
      ARTICLES[0],
      '{"id": "broken", "text": ',
      line('d', 'x', '2012-02-30'),
      JSON.stringify({ id: 'e', published: '2012-03-05' }),
      '',
      ARTICLES[1],
    ].join('\n');
    const io = fakeIo({ 'in.ndjson': input });
    await runBatch({ input: 'in.ndjson', jobs: 2 }, io, inThread(answerLine));
    const answers = answersOf(io.out);
    expect(answers.map((a) => [a.id, a.error === undefined])).toEqual([
      ['a', true],
      ['broken', false],
      ['d', false],
      ['e', false],
      [null, false],
      ['b', true],
    ]);
    expect(answers[0]!.events!.length).toBeGreaterThan(0);
    expect(answers[2]!.error).toBe('"published": no such day in the calendar');
    expect(answers[3]!.error).toMatch(/^"text": /);
    expect(io.err).toBe('');
  });

  it('keeps input order when answers come back out of order, with a bounded number in hand', async () => {
    let inHand = 0;
    let most = 0;
    const slowFirst: LineAnswerer = {
      async answer(l) {
        inHand++;
        most = Math.max(most, inHand);
        const id = (JSON.parse(l) as { id: string }).id;
        await new Promise((r) => setTimeout(r, Number(id) % 3 === 0 ? 15 : 1));
        inHand--;
        return JSON.stringify({ id });
      },
      close: () => Promise.resolve(),
    };
    const input = Array.from({ length: 60 }, (_, i) => line(String(i), 'x')).join('\n');
    const io = fakeIo({}, { stdin: `${input}\n` });
    await runBatch({ input: '-', jobs: 2 }, io, slowFirst);
    expect(answersOf(io.out).map((a) => a.id)).toEqual(
      Array.from({ length: 60 }, (_, i) => String(i)),
    );
    expect(most).toBeLessThanOrEqual(8);
  });

  it('answers a line over --max-size with the limit, without reading it whole', async () => {
    const input = [line('big', 'word '.repeat(400)), ARTICLES[2]].join('\n');
    const io = fakeIo({ 'in.ndjson': input });
    await runBatch({ input: 'in.ndjson', jobs: 1, maxBytes: 500 }, io, inThread(answerLine));
    const [big, next] = answersOf(io.out);
    expect(big).toEqual({
      id: 'big',
      error: 'the article is larger than the limit of 500 bytes (raise it with --max-size)',
    });
    expect(next!.id).toBe('c');
  });

  it('answers a line that is not UTF-8, and drops a byte-order mark and CRLF', async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(`${ARTICLES[0]}\r\n`),
      0x7b,
      0xe9,
      0x7d,
      0x0a,
    ]);
    const io = fakeIo({ 'in.ndjson': bytes });
    await runBatch({ input: 'in.ndjson', jobs: 1 }, io, inThread(answerLine));
    expect(answersOf(io.out).map((a) => a.error ?? a.id)).toEqual(['a', 'not valid UTF-8']);
  });
});

describe('datelines batch over shards (issue 11)', () => {
  const BIN = fileURLToPath(new URL('../bin.mjs', import.meta.url));
  const batch = (input: string, jobs: string) =>
    new Promise<string>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [BIN, 'batch', '-', '--jobs', jobs],
        (error, stdout) => (error ? reject(new Error(error.message)) : resolve(stdout)),
      );
      child.stdin!.end(input);
    });

  it('gives exactly the single-run output when the input is split into shards and the outputs joined', async () => {
    const lines = Array.from({ length: 12 }, (_, i) =>
      ARTICLES[i % 3]!.replace(/"id":"(\w)"/, `"id":"$1${i}"`),
    );
    lines.splice(5, 0, 'not json');
    const whole = await batch(`${lines.join('\n')}\n`, '2');
    const shards = await Promise.all(
      [lines.slice(0, 4), lines.slice(4, 9), lines.slice(9)].map((shard) =>
        batch(`${shard.join('\n')}\n`, '1'),
      ),
    );
    expect(shards.join('')).toBe(whole);
    expect(whole.trimEnd().split('\n')).toHaveLength(lines.length);
  }, 180_000);
});
