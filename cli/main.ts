import { readFileSync } from 'node:fs';
import { nodeIo } from './nodeIo.ts';
import { run } from './run.ts';

// The wiring only: arguments, the real io, the exit code.
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// `datelines ... | head` closes the pipe early: the reader has what it wanted, so stop
// quietly instead of dying with an unhandled EPIPE. Any other failure to write the output
// (a full disk: `> /dev/full`) is one line and exit code 1, never a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const reason = error.code === 'ENOSPC' ? 'no space left on the device' : error.message;
  process.stderr.write(`datelines: cannot write the output: ${reason}\n`);
  process.exit(1);
});

process.exitCode = await run(process.argv.slice(2), nodeIo, pkg.version);
