import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { IsoDaySchema } from '../src/core/model/index.ts';
import { UsageError } from './usageError.ts';

export const EXPORT_FORMATS = ['json', 'timelinejs', 'csv', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The largest input read by default, in bytes. Large texts are held as their bytes and
 * read in parts (see `decode.ts`, `largeArticle.ts`, `eventStore.ts`): memory is about
 * 0.3 GB at rest and working plus a few times the input (see README and
 * `npm run bench:memory`). `--max-size` changes it, up to `MAX_MAX_BYTES`.
 */
export const DEFAULT_MAX_BYTES = 10_000_000;

/** The largest input `--max-size` allows: 2 GB, the most Node reads from a file at once. */
export const MAX_MAX_BYTES = 2 ** 31 - 1;

/** Threads `batch` uses unless told: the cores this process may use. */
export const DEFAULT_JOBS = availableParallelism();

export interface ExtractOptions {
  /** A path, or `-` for stdin. */
  input: string;
  published: string;
  format: ExportFormat;
  title?: string;
  url?: string;
  /** Start a CSV with a UTF-8 byte-order mark (for spreadsheets). */
  bom?: boolean;
  /** The largest input read, in bytes. */
  maxBytes?: number;
}

export interface TimemlOptions {
  /** A file, a directory, or `-` for stdin. */
  input: string;
  out?: string;
  /** Replace files already in `--out`. */
  force?: boolean;
  maxBytes?: number;
}

export interface BatchOptions {
  /** NDJSON articles: a path, or `-` for stdin. */
  input: string;
  /** Worker threads. */
  jobs: number;
  /** The largest line (article) read, in bytes. */
  maxBytes?: number;
}

/** What the command line asks for, checked. */
export type CommandLine =
  | { command: 'help' }
  | { command: 'version' }
  | ({ command: 'extract' } & ExtractOptions)
  | ({ command: 'timeml' } & TimemlOptions)
  | ({ command: 'batch' } & BatchOptions);

const OPTIONS = {
  published: { type: 'string' },
  format: { type: 'string' },
  title: { type: 'string' },
  url: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  bom: { type: 'boolean' },
  'max-size': { type: 'string' },
  jobs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

const COMMANDS = ['extract', 'timeml', 'batch'] as const;
type Command = (typeof COMMANDS)[number];

const COMMAND_OPTIONS: Record<Command, readonly OptionName[]> = {
  extract: ['published', 'format', 'title', 'url', 'bom', 'max-size'],
  timeml: ['out', 'force', 'max-size'],
  batch: ['jobs', 'max-size'],
};

/**
 * Reads the arguments after `datelines` into a checked command, or throws a `UsageError`
 * saying in one line what is wrong.
 *
 * @example parseCommandLine(['timeml', 'a.tml']) // { command: 'timeml', input: 'a.tml' }
 */
export function parseCommandLine(
  argv: readonly string[],
  cores: number = DEFAULT_JOBS,
): CommandLine {
  const { values, positionals } = readArgs(argv);
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };

  const [command, ...rest] = positionals;
  if (command === undefined || command === 'help') return { command: 'help' };
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`unknown command "${command}" (try: datelines --help)`);
  }
  const known = command as Command;
  for (const name of Object.keys(values) as OptionName[]) {
    if (!(COMMAND_OPTIONS[known] as readonly string[]).includes(name)) {
      throw new UsageError(`--${name} is not an option of ${known}`);
    }
  }
  const [given, ...extra] = rest;
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const maxBytes =
    values['max-size'] !== undefined ? { maxBytes: checkedSize(values['max-size']) } : {};

  if (known === 'batch') {
    const jobs = values.jobs === undefined ? cores : checkedJobs(values.jobs);
    return { command: known, input: given ?? '-', jobs, ...maxBytes };
  }
  if (given === undefined) {
    throw new UsageError(
      `${known} needs an input ${known === 'extract' ? 'file (or -)' : 'file or directory (or -)'}`,
    );
  }
  const input = given;
  if (known === 'timeml') {
    if (input === '-' && values.out !== undefined) {
      throw new UsageError('timeml - writes to stdout; --out needs a file or directory');
    }
    return {
      command: known,
      input,
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(values.force ? { force: true } : {}),
      ...maxBytes,
    };
  }
  if (values.bom && values.format !== 'csv') throw new UsageError('--bom goes with --format csv');
  return {
    command: known,
    input,
    published: checkedDay(values.published),
    format: checkedFormat(values.format ?? 'json'),
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(values.url !== undefined ? { url: checkedUrl(values.url) } : {}),
    ...(values.bom ? { bom: true } : {}),
    ...maxBytes,
  };
}

/** `--max-size`: bytes, or with a unit: `500k`, `50M`, `1G` (powers of 1000). */
function checkedSize(size: string): number {
  const m = /^(\d+(?:\.\d+)?)([kmg]?)b?$/i.exec(size.trim());
  const factor = { '': 1, k: 1e3, m: 1e6, g: 1e9 }[(m?.[2] ?? '').toLowerCase()];
  const bytes = m && factor ? Math.floor(Number(m[1]) * factor) : Number.NaN;
  if (!(bytes >= 1)) {
    throw new UsageError(`--max-size "${size}": expected a size such as 20000000, 500k or 50M`);
  }
  if (bytes > MAX_MAX_BYTES) {
    throw new UsageError(`--max-size "${size}": the largest input supported is 2 GB`);
  }
  return bytes;
}

function checkedJobs(jobs: string): number {
  const n = Number(jobs);
  if (!/^\d+$/.test(jobs) || n < 1 || n > 256) {
    throw new UsageError(`--jobs "${jobs}": expected a whole number from 1 to 256`);
  }
  return n;
}

function readArgs(argv: readonly string[]) {
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
    // parseArgs keeps the last of a repeated option; a second value is a mistake.
    const seen = new Set<string>();
    for (const token of parsed.tokens) {
      if (token.kind !== 'option') continue;
      if (seen.has(token.name)) throw new UsageError(`--${token.name} is given twice`);
      seen.add(token.name);
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
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
