import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import type { CliIo } from './io.ts';

/** The real world: files, stdin, stdout and stderr of this process. */
export const nodeIo: CliIo = {
  async kindOf(path) {
    try {
      const info = await stat(path);
      return info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'missing';
    } catch {
      return 'missing';
    }
  },
  readText: (path) => readFile(path, 'utf8'),
  readStdin: () => text(process.stdin),
  listDirectory: (path) => readdir(path),
  async makeDirectory(path) {
    await mkdir(path, { recursive: true });
  },
  writeText: (path, contents) => writeFile(path, contents, 'utf8'),
  stdout: (output) => void process.stdout.write(output),
  stderr: (output) => void process.stderr.write(output),
  now: () => new Date(),
};
