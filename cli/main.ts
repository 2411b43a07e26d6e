import { readFileSync } from 'node:fs';
import { nodeIo } from './nodeIo.ts';
import { run } from './run.ts';

// The wiring only: arguments, the real io, the exit code.
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// `datelines ... | head` closes the pipe early: the reader has what it wanted, so stop
// quietly instead of dying with an unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), nodeIo, pkg.version);
