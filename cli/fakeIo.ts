import { dirname, normalize } from 'node:path';
import { TooLargeError, type CliIo } from './io.ts';

/** An in-memory `CliIo` for running commands in tests: files by path, captured output. */
export interface FakeIo extends CliIo {
  /** Files as text (written as UTF-8) or as raw bytes. */
  files: Map<string, string | Uint8Array>;
  directories: Set<string>;
  out: string;
  err: string;
}

const bytesOf = (contents: string | Uint8Array): Uint8Array =>
  typeof contents === 'string' ? new TextEncoder().encode(contents) : contents;

export function fakeIo(
  files: Record<string, string | Uint8Array> = {},
  options: { stdin?: string | Uint8Array; now?: Date } = {},
): FakeIo {
  const read = (path: string): Uint8Array => {
    if (path === '-') return bytesOf(options.stdin ?? '');
    const contents = io.files.get(normalize(path));
    if (contents === undefined) throw new Error(`fake io: no file ${path}`);
    return bytesOf(contents);
  };
  const io: FakeIo = {
    files: new Map(Object.entries(files).map(([path, text]) => [normalize(path), text])),
    directories: new Set(),
    out: '',
    err: '',
    stderrIsTerminal: false,
    kindOf(path) {
      const p = normalize(path);
      if (io.files.has(p)) return Promise.resolve('file');
      const isDir =
        io.directories.has(p) || [...io.files.keys()].some((f) => f.startsWith(`${p}/`));
      return Promise.resolve(isDir ? 'directory' : 'missing');
    },
    async readBytes(path, maxBytes) {
      await Promise.resolve();
      const bytes = read(path);
      if (bytes.length > maxBytes) throw new TooLargeError(path, maxBytes);
      return bytes;
    },
    async *streamBytes(path) {
      const bytes = read(path);
      // In small pieces, so lines arrive split across chunks as from a pipe.
      for (let at = 0; at < bytes.length; at += 7) {
        await Promise.resolve();
        yield bytes.subarray(at, at + 7);
      }
    },
    listDirectory(path) {
      const p = normalize(path);
      const names = [...io.files.keys()]
        .filter((f) => dirname(f) === p)
        .map((f) => f.slice(p.length + 1));
      return Promise.resolve(names);
    },
    makeDirectory(path) {
      io.directories.add(normalize(path));
      return Promise.resolve();
    },
    writeText(path, text) {
      io.files.set(normalize(path), text);
      return Promise.resolve();
    },
    stdout(text) {
      io.out += text;
    },
    stdoutDrained(text) {
      io.out += text;
      return Promise.resolve();
    },
    stderr(text) {
      io.err += text;
    },
    now: () => options.now ?? new Date(Date.UTC(2026, 0, 1)),
  };
  return io;
}
