/** Everything the commands do to the outside world, so tests can run them in memory. */
export interface CliIo {
  /**
   * `file` (anything readable that is not a directory: a file, `/dev/null`, a pipe),
   * `directory`, or `missing`.
   */
  kindOf(path: string): Promise<'file' | 'directory' | 'missing'>;
  /** The bytes of a file, or of stdin for `-`; rejects with `TooLargeError` past `maxBytes`. */
  readBytes(path: string, maxBytes: number): Promise<Uint8Array>;
  /** The bytes of a file, or of stdin for `-`, as they arrive: for input of any length. */
  streamBytes(path: string): AsyncIterable<Uint8Array>;
  /** Names (not paths) of the entries in a directory. */
  listDirectory(path: string): Promise<string[]>;
  /** Creates a directory and its parents; fine if it exists. */
  makeDirectory(path: string): Promise<void>;
  writeText(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  /** Writes to stdout and resolves when the reader has room for more (back-pressure). */
  stdoutDrained(text: string): Promise<void>;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress is shown only there). */
  stderrIsTerminal: boolean;
  /** The current time, for export timestamps. */
  now(): Date;
}

/** Input over the size limit: the command says so with the limit. */
export class TooLargeError extends Error {
  override readonly name = 'TooLargeError';
  constructor(
    readonly path: string,
    readonly maxBytes: number,
  ) {
    super(`${path} is larger than ${maxBytes} bytes`);
  }
}
