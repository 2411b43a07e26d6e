import { createReadStream } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { TooLargeError, type CliIo } from './io.ts';

function inputStream(path: string): Readable {
  return path === '-' ? process.stdin : createReadStream(path);
}

/** Reads a stream whole, but stops (and destroys it) as soon as it passes `maxBytes`. */
async function readLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  if (path !== '-') {
    const info = await stat(path);
    if (info.isFile() && info.size > maxBytes) throw new TooLargeError(path, maxBytes);
    // A regular file is read straight into one buffer of its size: no second copy.
    if (info.isFile() && info.size > 0) return readFile(path);
  }
  const stream = inputStream(path);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      if (path !== '-') stream.destroy();
      throw new TooLargeError(path === '-' ? 'the input on stdin' : path, maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir loops for ever under `/proc`
 * and other file systems that refuse new entries with an unexpected error.
 */
async function makeDirectories(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return;
  const parent = dirname(path);
  if (info === undefined && parent !== path) await makeDirectories(parent);
  try {
    await mkdir(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && (await stat(path)).isDirectory()) return;
    throw error;
  }
}

/** The real world: files, stdin, stdout and stderr of this process. */
export const nodeIo: CliIo = {
  async kindOf(path) {
    try {
      const info = await stat(path);
      return info.isDirectory() ? 'directory' : 'file';
    } catch {
      return 'missing';
    }
  },
  readBytes: readLimited,
  streamBytes: (path) => inputStream(path) as AsyncIterable<Uint8Array>,
  listDirectory: (path) => readdir(path),
  makeDirectory: makeDirectories,
  writeText: (path, contents) => writeFile(path, contents, 'utf8'),
  stdout: (output) => void process.stdout.write(output),
  // Resolves once the piece is written (the callback), not when `write` returns: stdout
  // to a file writes synchronously but tells so on a later tick, and a loop of awaits
  // that never yields to one keeps every piece written in memory until the end.
  stdoutDrained: (output) =>
    new Promise((resolve, reject) => {
      process.stdout.write(output, (error) => {
        if (error) reject(error);
        else resolve();
      });
    }),
  stderr: (output) => void process.stderr.write(output),
  stderrIsTerminal: process.stderr.isTTY,
  now: () => new Date(),
};
