import { execFile, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));
const exec = promisify(execFile);

/** Runs the real executable and returns its exit code and output. */
async function datelines(...args: string[]) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the datelines executable', () => {
  it('prints the package version', async () => {
    const result = await datelines('--version');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('exits with 2 and one line, no stack trace, for an impossible date', async () => {
    const result = await datelines(
      'extract',
      fileURLToPath(import.meta.url),
      '--published',
      '2012-02-30',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'datelines: --published "2012-02-30": no such day in the calendar\n',
    );
    expect(result.stdout).toBe('');
  });

  it('exits with 2 and one line, no stack trace, for a missing file', async () => {
    const result = await datelines('timeml', 'no/such/file.tml');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('datelines: no such file or directory: no/such/file.tml\n');
    expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });
});

describe('the datelines executable on output and input errors (issue 11)', () => {
  const article = fileURLToPath(new URL('../src/app/seed/article.txt', import.meta.url));

  it('says in one line, exit code 1, when the output cannot be written (a full disk)', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [BIN, 'extract', article, '--published', '2012-02-27'],
        {
          stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'],
        },
      );
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('datelines: cannot write the output: no space left on the device\n');
  }, 60_000);

  it('fails at once, in one line, for --out where no directory can be made', async () => {
    const result = await datelines(
      'timeml',
      fileURLToPath(import.meta.url),
      '--out',
      '/proc/datelines/out',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^datelines: [^\n]+\n$/);
  }, 60_000);

  it('reads /dev/null as empty, not missing', async () => {
    const result = await datelines('extract', '/dev/null', '--published', '2012-02-27');
    expect(result).toMatchObject({ code: 2, stderr: 'datelines: /dev/null is empty\n' });
  }, 60_000);

  it('refuses an executable as input in one line', async () => {
    const result = await datelines('extract', '/bin/ls', '--published', '2012-02-27');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^datelines: .* is not text: [^\n]+\n$/);
    expect(result.stdout).toBe('');
  }, 60_000);
});
