/** Everything the commands do to the outside world, so tests can run them in memory. */
export interface CliIo {
  /** `file`, `directory`, or `missing` (also for anything else that is not readable as either). */
  kindOf(path: string): Promise<'file' | 'directory' | 'missing'>;
  readText(path: string): Promise<string>;
  readStdin(): Promise<string>;
  /** Names (not paths) of the entries in a directory. */
  listDirectory(path: string): Promise<string[]>;
  /** Creates a directory and its parents; fine if it exists. */
  makeDirectory(path: string): Promise<void>;
  writeText(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The current time, for export timestamps. */
  now(): Date;
}
