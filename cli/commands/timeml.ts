import { basename, join, resolve } from 'node:path';
import { extractTimexes } from '../../src/core/extract/timex/index.ts';
import { readTimeML, writeTimeML, type TimeMLDocument } from '../../src/core/formats/timeml.ts';
import { IsoDaySchema } from '../../src/core/model/index.ts';
import type { TimemlOptions } from '../args.ts';
import type { CliIo } from '../io.ts';
import { readInputText } from '../readInput.ts';
import { UsageError } from '../usageError.ts';

/** Files in a directory taken as TimeML: TempEval-3 names them `.tml` or `.tml.TE3input`. */
const TIMEML_FILE = /\.(tml|te3input|xml|timeml)$/i;

/**
 * The name a tagged file is written under: the input's, without `.TE3input`.
 *
 * @example outputName('ABC19980108.1830.0711.tml.TE3input') // 'ABC19980108.1830.0711.tml'
 */
export function outputName(inputName: string): string {
  return inputName.replace(/\.TE3input$/i, '');
}

/**
 * `datelines timeml`: tags the temporal expressions of one TimeML file (to stdout, or into
 * `--out`), of TimeML on stdin (`-`, to stdout), or of every TimeML file in a directory
 * (into `--out`). Every output is planned before anything is written: an output that would
 * replace an input, or another output of the run, refuses the whole run; one already in
 * `--out` is replaced only with `--force`. Files that cannot be read as TimeML are reported
 * one line each and the rest still written; any such file makes the run a usage error.
 */
export async function runTimeml(options: TimemlOptions, io: CliIo): Promise<void> {
  const read = (path: string) => readInputText(path, io, options.maxBytes);
  if (options.input === '-') {
    io.stdout(tagTimeML(await read('-'), 'the input on stdin'));
    return;
  }
  const kind = await io.kindOf(options.input);
  if (kind === 'missing') throw new UsageError(`no such file or directory: ${options.input}`);

  if (kind === 'file' && options.out === undefined) {
    io.stdout(tagTimeML(await read(options.input), options.input));
    return;
  }
  if (options.out === undefined) {
    throw new UsageError(`${options.input} is a directory: give --out DIR for the tagged files`);
  }
  const files = kind === 'file' ? [options.input] : await timemlFiles(options.input, io);
  const everyInput =
    kind === 'file'
      ? files
      : (await io.listDirectory(options.input)).map((name) => join(options.input, name));
  const plan = await planOutputs(files, everyInput, options.out, options.force ?? false, io);

  await io.makeDirectory(options.out);
  const failures: string[] = [];
  for (const { input, output } of plan) {
    try {
      await io.writeText(output, tagTimeML(await read(input), input));
    } catch (error) {
      if (!(error instanceof UsageError) || kind === 'file') throw error;
      failures.push(error.message);
      io.stderr(`datelines: ${error.message}\n`);
    }
  }
  const written = files.length - failures.length;
  if (failures.length > 0) {
    throw new UsageError(
      `${failures.length} of ${files.length} files could not be read; ${written} written to ${options.out}`,
    );
  }
}

/** The TimeML files of a directory, by name. */
async function timemlFiles(directory: string, io: CliIo): Promise<string[]> {
  const names = (await io.listDirectory(directory))
    .filter((name) => TIMEML_FILE.test(name) && !name.startsWith('.'))
    .sort();
  const files: string[] = [];
  for (const name of names) {
    const path = join(directory, name);
    if ((await io.kindOf(path)) === 'file') files.push(path);
  }
  if (files.length === 0) {
    throw new UsageError(`no TimeML files (.tml, .TE3input, .xml) in ${directory}`);
  }
  return files;
}

/**
 * Where each input is written, checked before anything is: no output may be an input of
 * the run (`inputs`: every file beside them too) or the output of another input, and an
 * existing file is replaced only with `force`.
 */
async function planOutputs(
  files: readonly string[],
  inputs: readonly string[],
  outDir: string,
  force: boolean,
  io: CliIo,
): Promise<Array<{ input: string; output: string }>> {
  const inputPaths = new Set(inputs.map((path) => resolve(path)));
  const taken = new Map<string, string>();
  const plan = files.map((input) => ({ input, output: join(outDir, outputName(basename(input))) }));
  for (const { input, output } of plan) {
    const target = resolve(output);
    if (inputPaths.has(target)) {
      throw new UsageError(`writing ${output} would replace an input; choose another --out`);
    }
    const other = taken.get(target);
    if (other !== undefined) {
      throw new UsageError(`${other} and ${input} would both be written to ${output}`);
    }
    taken.set(target, input);
    if (!force && (await io.kindOf(output)) !== 'missing') {
      throw new UsageError(`${output} exists; give --force to replace it`);
    }
  }
  return plan;
}

/** One TimeML file with the engine's TIMEX3 tags put in; `name` is for error messages. */
export function tagTimeML(xml: string, name: string): string {
  let document: TimeMLDocument;
  try {
    document = readTimeML(xml);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${name}: not a readable TimeML document: ${reason}`);
  }
  if (!IsoDaySchema.safeParse(document.documentDate).success) {
    throw new UsageError(
      `${name}: the document creation time "${document.documentDate}" is not a YYYY-MM-DD day`,
    );
  }
  const timexes = extractTimexes(document.text, { documentDate: document.documentDate });
  return writeTimeML(xml, timexes);
}
