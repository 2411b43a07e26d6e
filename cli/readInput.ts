import { decodeText } from './decode.ts';
import { TooLargeError, type CliIo } from './io.ts';
import { DEFAULT_MAX_BYTES } from './args.ts';
import { UsageError } from './usageError.ts';

/** How the input is named in messages. */
export function describeInput(input: string): string {
  return input === '-' ? 'the input on stdin' : input;
}

/** A size for people: 10 MB, 500 kB. */
export function sizeWords(bytes: number): string {
  if (bytes >= 1e9) return `${+(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${+(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${+(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

/** The refusal of an input over the limit, naming the limit and how to raise it. */
export function tooLargeMessage(what: string, maxBytes: number): string {
  return `${what} is larger than the limit of ${sizeWords(maxBytes)} (raise it with --max-size)`;
}

/**
 * Reads the bytes of a file, or of stdin for `-`: refuses a missing file, a directory and
 * input over `maxBytes`, each in one line.
 */
export async function readInputBytes(
  input: string,
  io: CliIo,
  maxBytes: number = DEFAULT_MAX_BYTES,
  directoryHint = 'not a file',
): Promise<Uint8Array> {
  if (input !== '-') {
    const kind = await io.kindOf(input);
    if (kind === 'missing') throw new UsageError(`no such file: ${input}`);
    if (kind === 'directory') throw new UsageError(`${input} is a directory, ${directoryHint}`);
  }
  try {
    return await io.readBytes(input, maxBytes);
  } catch (error) {
    if (error instanceof TooLargeError) {
      throw new UsageError(tooLargeMessage(describeInput(input), maxBytes));
    }
    throw error;
  }
}

/**
 * Reads a text file, or stdin for `-`, as `decodeText` decodes it: refuses a missing
 * file, a directory, input over `maxBytes` and anything that is not text, each in one line.
 */
export async function readInputText(
  input: string,
  io: CliIo,
  maxBytes: number = DEFAULT_MAX_BYTES,
  directoryHint = 'not a file',
): Promise<string> {
  const bytes = await readInputBytes(input, io, maxBytes, directoryHint);
  return decodeText(bytes, describeInput(input));
}
