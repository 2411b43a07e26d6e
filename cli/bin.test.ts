import { execFile } from 'node:child_process';
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
