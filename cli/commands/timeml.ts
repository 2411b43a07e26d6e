import { basename, join, resolve } from 'node:path';
import { extractTimexes } from '../../src/core/extract/timex/index.ts';
import { readTimeML, writeTimeML, type TimeMLDocument } from '../../src/core/formats/timeml.ts';
import { IsoDaySchema } from '../../src/core/model/index.ts';
import type { TimemlOptions } from '../args.ts';
import type { CliIo } from '../io.ts';
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
 * `--out`) or of every TimeML file in a directory (into `--out`). Files that cannot be read
 * as TimeML are reported one line each and the rest still written; any such file makes the
 * whole run a usage error.
 */
export async function runTimeml(options: TimemlOptions, io: CliIo): Promise<void> {
  const kind = await io.kindOf(options.input);
  if (kind === 'missing') throw new UsageError(`no such file or directory: ${options.input}`);

  if (kind === 'file') {
    const tagged = tagTimeML(await io.readText(options.input), options.input);
    if (options.out === undefined) {
      io.stdout(tagged);
      return;
    }
    await io.makeDirectory(options.out);
    await io.writeText(outputPath(options.input, options.out), tagged);
    return;
  }

  if (options.out === undefined) {
    throw new UsageError(`${options.input} is a directory: give --out DIR for the tagged files`);
  }
  const names = (await io.listDirectory(options.input))
    .filter((name) => TIMEML_FILE.test(name) && !name.startsWith('.'))
    .sort();
  const files: string[] = [];
  for (const name of names) {
    const path = join(options.input, name);
    if ((await io.kindOf(path)) === 'file') files.push(path);
  }
  if (files.length === 0) {
    throw new UsageError(`no TimeML files (.tml, .TE3input, .xml) in ${options.input}`);
  }

  await io.makeDirectory(options.out);
  const failures: string[] = [];
  for (const path of files) {
    try {
      await io.writeText(outputPath(path, options.out), tagTimeML(await io.readText(path), path));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
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

function outputPath(inputPath: string, outDir: string): string {
  const path = join(outDir, outputName(basename(inputPath)));
  if (resolve(path) === resolve(inputPath)) {
    throw new UsageError(`writing ${path} would overwrite its input; choose another --out`);
  }
  return path;
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
