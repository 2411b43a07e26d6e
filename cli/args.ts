import { parseArgs } from 'node:util';
import { IsoDaySchema } from '../src/core/model/index.ts';
import { UsageError } from './usageError.ts';

export const EXPORT_FORMATS = ['json', 'timelinejs', 'csv', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExtractOptions {
  /** A path, or `-` for stdin. */
  input: string;
  published: string;
  format: ExportFormat;
  title?: string;
  url?: string;
}

export interface TimemlOptions {
  input: string;
  out?: string;
}

/** What the command line asks for, checked. */
export type CommandLine =
  | { command: 'help' }
  | { command: 'version' }
  | ({ command: 'extract' } & ExtractOptions)
  | ({ command: 'timeml' } & TimemlOptions);

const OPTIONS = {
  published: { type: 'string' },
  format: { type: 'string' },
  title: { type: 'string' },
  url: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

const COMMAND_OPTIONS: Record<'extract' | 'timeml', readonly OptionName[]> = {
  extract: ['published', 'format', 'title', 'url'],
  timeml: ['out'],
};

/**
 * Reads the arguments after `datelines` into a checked command, or throws a `UsageError`
 * saying in one line what is wrong.
 *
 * @example parseCommandLine(['timeml', 'a.tml']) // { command: 'timeml', input: 'a.tml' }
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const { values, positionals } = readArgs(argv);
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };

  const [command, ...rest] = positionals;
  if (command === undefined || command === 'help') return { command: 'help' };
  if (command !== 'extract' && command !== 'timeml') {
    throw new UsageError(`unknown command "${command}" (try: datelines --help)`);
  }
  for (const name of Object.keys(values) as OptionName[]) {
    if (!(COMMAND_OPTIONS[command] as readonly string[]).includes(name)) {
      throw new UsageError(`--${name} is not an option of ${command}`);
    }
  }
  const [input, ...extra] = rest;
  if (input === undefined) {
    throw new UsageError(
      `${command} needs an input ${command === 'extract' ? 'file (or -)' : 'file or directory'}`,
    );
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);

  if (command === 'timeml') {
    return { command, input, ...(values.out !== undefined ? { out: values.out } : {}) };
  }
  return {
    command,
    input,
    published: checkedDay(values.published),
    format: checkedFormat(values.format ?? 'json'),
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(values.url !== undefined ? { url: checkedUrl(values.url) } : {}),
  };
}

function readArgs(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages are long and suggest `--`; keep the part a person needs.
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    throw new UsageError(unknown ? `unknown option ${unknown[1]}` : message.replace(/\.$/, ''));
  }
}

function checkedDay(published: string | undefined): string {
  if (published === undefined) {
    throw new UsageError('extract needs the publication date: --published YYYY-MM-DD');
  }
  const day = IsoDaySchema.safeParse(published);
  if (!day.success) {
    throw new UsageError(
      `--published "${published}": ${day.error.issues[0]?.message ?? 'not a date'}`,
    );
  }
  return day.data;
}

function checkedFormat(format: string): ExportFormat {
  const known = EXPORT_FORMATS.find((f) => f === format);
  if (!known) {
    throw new UsageError(`unknown format "${format}" (choose ${EXPORT_FORMATS.join(', ')})`);
  }
  return known;
}

function checkedUrl(url: string): string {
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new UsageError(`--url "${url}" is not an http(s) address`);
  }
  return url;
}
