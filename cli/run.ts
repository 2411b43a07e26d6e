import { parseCommandLine } from './args.ts';
import { runBatch } from './commands/batch.ts';
import { runExtract } from './commands/extract.ts';
import { runTimeml } from './commands/timeml.ts';
import { HELP } from './help.ts';
import type { CliIo } from './io.ts';
import { EXIT, UsageError } from './usageError.ts';

/**
 * Runs one `datelines` command line and returns its exit code. Never throws: user mistakes
 * become one line on stderr and exit 2, anything unexpected a short message and exit 1.
 *
 * @example await run(['--version'], io, '0.1.0') // 0, with '0.1.0\n' on stdout
 */
export async function run(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  try {
    const commandLine = parseCommandLine(argv);
    switch (commandLine.command) {
      case 'help':
        io.stdout(HELP);
        break;
      case 'version':
        io.stdout(`${version}\n`);
        break;
      case 'extract':
        await runExtract(commandLine, io);
        break;
      case 'timeml':
        await runTimeml(commandLine, io);
        break;
      case 'batch':
        await runBatch(commandLine, io);
        break;
    }
    return EXIT.ok;
  } catch (error) {
    const userMessage = error instanceof UsageError ? error.message : fileSystemMessage(error);
    if (userMessage !== undefined) {
      io.stderr(`datelines: ${userMessage}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`datelines: internal error: ${detail}\n`);
    return EXIT.internal;
  }
}

const FILE_SYSTEM_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EEXIST: 'already exists and is not a directory',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
};

/** A file system error the user can act on, in words; undefined for anything else. */
function fileSystemMessage(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') {
    return undefined;
  }
  const problem = FILE_SYSTEM_PROBLEMS[error.code];
  if (problem === undefined) return undefined;
  const path = 'path' in error && typeof error.path === 'string' ? `${error.path}: ` : '';
  return `${path}${problem}`;
}
