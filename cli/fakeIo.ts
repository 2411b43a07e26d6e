import { dirname, normalize } from 'node:path';
import type { CliIo } from './io.ts';

/** An in-memory `CliIo` for running commands in tests: files by path, captured output. */
export interface FakeIo extends CliIo {
  files: Map<string, string>;
  directories: Set<string>;
  out: string;
  err: string;
}

export function fakeIo(
  files: Record<string, string> = {},
  options: { stdin?: string; now?: Date } = {},
): FakeIo {
  const io: FakeIo = {
    files: new Map(Object.entries(files).map(([path, text]) => [normalize(path), text])),
    directories: new Set(),
    out: '',
    err: '',
    kindOf(path) {
      const p = normalize(path);
      if (io.files.has(p)) return Promise.resolve('file');
      const isDir =
        io.directories.has(p) || [...io.files.keys()].some((f) => f.startsWith(`${p}/`));
      return Promise.resolve(isDir ? 'directory' : 'missing');
    },
    readText(path) {
      const text = io.files.get(normalize(path));
      if (text === undefined) return Promise.reject(new Error(`fake io: no file ${path}`));
      return Promise.resolve(text);
    },
    readStdin: () => Promise.resolve(options.stdin ?? ''),
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
    stderr(text) {
      io.err += text;
    },
    now: () => options.now ?? new Date(Date.UTC(2026, 0, 1)),
  };
  return io;
}
