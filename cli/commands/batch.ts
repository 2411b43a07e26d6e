import { DEFAULT_MAX_BYTES, type BatchOptions } from '../args.ts';
import { answerLine, errorLine, idOfLine } from '../batch/answer.ts';
import { inThread, workerPool, type LineAnswerer } from '../batch/pool.ts';
import type { CliIo } from '../io.ts';
import { tooLargeMessage } from '../readInput.ts';
import { UsageError } from '../usageError.ts';

/** Lines in hand per worker thread: enough to keep each busy, few enough to keep memory flat. */
const LINES_PER_JOB = 4;
const NEWLINE = 0x0a;

/**
 * `datelines batch`: reads NDJSON, one article a line, and writes one NDJSON answer per
 * line in input order: `{"id", "events"}` or `{"id", "error"}` for that line alone. Lines
 * are answered by `options.jobs` worker threads with a bounded number in hand, so memory
 * stays flat however long the archive; the input is read only as fast as answers are
 * written. Exits 0 when every line was answered, errors included.
 */
export async function runBatch(
  options: BatchOptions,
  io: CliIo,
  answerer: LineAnswerer = options.jobs > 0 ? workerPool(options.jobs) : inThread(answerLine),
): Promise<void> {
  try {
    if (options.input !== '-') {
      const kind = await io.kindOf(options.input);
      if (kind === 'missing') throw new UsageError(`no such file: ${options.input}`);
      if (kind === 'directory') {
        throw new UsageError(`${options.input} is a directory, not an NDJSON file`);
      }
    }
    await answerLines(options, io, answerer);
  } finally {
    await answerer.close();
  }
}

async function answerLines(options: BatchOptions, io: CliIo, answerer: LineAnswerer) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const inHand: Array<Promise<string>> = [];
  const progress = progressReporter(io);

  const writeOldest = async () => {
    const answer = await inHand.shift()!;
    await io.stdoutDrained(`${answer}\n`);
    progress.answered();
  };
  const submit = async (answer: Promise<string>) => {
    answer.catch(() => undefined); // awaited in order below; this only marks it handled
    inHand.push(answer);
    while (inHand.length >= Math.max(1, options.jobs) * LINES_PER_JOB) await writeOldest();
  };

  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  const lineDone = async (parts: Uint8Array[], size: number, head: Uint8Array | undefined) => {
    if (head !== undefined) {
      const id = idOfLine(new TextDecoder().decode(head));
      await submit(Promise.resolve(errorLine(id, tooLargeMessage('the article', maxBytes))));
      return;
    }
    let line: string;
    try {
      const bytes = parts.length === 1 ? parts[0]! : concat(parts, size);
      line = decoder.decode(bytes).replace(/\r$/, '');
    } catch {
      await submit(Promise.resolve(errorLine(null, 'not valid UTF-8')));
      return;
    }
    if (first) line = line.replace(/^\uFEFF/, '');
    first = false;
    await submit(answerer.answer(line));
  };

  // Lines split out of the byte stream; a line past the limit keeps only its head (for
  // its id) and is skipped to its end.
  let parts: Uint8Array[] = [];
  let size = 0;
  let head: Uint8Array | undefined;
  const take = (piece: Uint8Array) => {
    if (head !== undefined || piece.length === 0) return;
    size += piece.length;
    if (size > maxBytes) {
      head = concat([...parts, piece], size).subarray(0, 512);
      parts = [];
      return;
    }
    parts.push(piece);
  };
  for await (const chunk of io.streamBytes(options.input)) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      take(chunk.subarray(start, end));
      await lineDone(parts, size, head);
      [parts, size, head, start] = [[], 0, undefined, end + 1];
    }
    // Copied: a stream may reuse its buffer for the next chunk.
    take(chunk.slice(start));
  }
  if (size > 0 || head !== undefined) await lineDone(parts, size, head);
  while (inHand.length > 0) await writeOldest();
  progress.done();
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part.subarray(0, size - at), at);
    at += part.length;
    if (at >= size) break;
  }
  return bytes;
}

/** "1200 articles, 85/s" on stderr, twice a second, when stderr is a terminal. */
function progressReporter(io: CliIo) {
  const started = Date.now();
  let count = 0;
  let shown = 0;
  const line = () => {
    const seconds = (Date.now() - started) / 1000;
    return `\rdatelines: ${count} articles, ${seconds > 0 ? Math.round(count / seconds) : 0}/s`;
  };
  return {
    answered() {
      count++;
      if (!io.stderrIsTerminal || Date.now() - shown < 500) return;
      shown = Date.now();
      io.stderr(line());
    },
    done() {
      if (io.stderrIsTerminal && count > 0) io.stderr(`${line()}\n`);
    },
  };
}
