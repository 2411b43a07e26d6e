import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './args.ts';
import { UsageError } from './usageError.ts';

const fails = (argv: string[]) => {
  try {
    parseCommandLine(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected ${argv.join(' ')} to be refused`);
};

describe('parseCommandLine', () => {
  it('reads an extract command with its options, json by default', () => {
    expect(parseCommandLine(['extract', 'a.txt', '--published', '2012-02-27'])).toEqual({
      command: 'extract',
      input: 'a.txt',
      published: '2012-02-27',
      format: 'json',
    });
    expect(
      parseCommandLine([
        'extract',
        '-',
        '--published=2012-02-27',
        '--format',
        'ics',
        '--title',
        'Almaty',
        '--url',
        'https://example.org/a',
      ]),
    ).toEqual({
      command: 'extract',
      input: '-',
      published: '2012-02-27',
      format: 'ics',
      title: 'Almaty',
      url: 'https://example.org/a',
    });
  });

  it('reads a timeml command with or without --out', () => {
    expect(parseCommandLine(['timeml', 'in'])).toEqual({ command: 'timeml', input: 'in' });
    expect(parseCommandLine(['timeml', 'in', '--out', 'o'])).toEqual({
      command: 'timeml',
      input: 'in',
      out: 'o',
    });
  });

  it('shows help for no arguments, help, --help and -h, and the version for --version', () => {
    for (const argv of [[], ['help'], ['--help'], ['-h'], ['extract', '--help']]) {
      expect(parseCommandLine(argv)).toEqual({ command: 'help' });
    }
    expect(parseCommandLine(['--version'])).toEqual({ command: 'version' });
  });

  it('refuses days that are not in the calendar or not written YYYY-MM-DD', () => {
    expect(fails(['extract', 'a', '--published', '2012-02-30'])).toMatch(/no such day/);
    expect(fails(['extract', 'a', '--published', '27/02/2012'])).toMatch(/YYYY-MM-DD/);
    expect(fails(['extract', 'a'])).toMatch(/--published YYYY-MM-DD/);
  });

  it('refuses unknown formats, commands and options, naming them', () => {
    expect(fails(['extract', 'a', '--published', '2012-02-27', '--format', 'pdf'])).toMatch(
      /unknown format "pdf"/,
    );
    expect(fails(['convert', 'a'])).toMatch(/unknown command "convert"/);
    expect(fails(['extract', 'a', '--verbose'])).toBe('unknown option --verbose');
    expect(fails(['timeml', 'a', '--published', '2012-02-27'])).toMatch(
      /--published is not an option of timeml/,
    );
  });

  it('refuses a missing input, a second input and a non-web URL', () => {
    expect(fails(['timeml'])).toMatch(/needs an input/);
    expect(fails(['timeml', 'a', 'b'])).toMatch(/unexpected argument "b"/);
    expect(fails(['extract', 'a', '--published', '2012-02-27', '--url', 'javascript:x'])).toMatch(
      /not an http/,
    );
  });
});
