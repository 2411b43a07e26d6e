/**
 * Where the TempEval-3 training corpus lies (../shared/eval/te3-train, beside the
 * repository) and its documents. Read at run time only: the corpus is never copied here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const COLLECTIONS = ['TimeBank', 'AQUAINT'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const corpusDir = resolve(repoRoot, '../shared/eval/te3-train');

/** The `.tml` files of the chosen collections, sorted by name; none when the corpus is absent. */
export function corpusFiles(
  collections: readonly Collection[] = COLLECTIONS,
): Array<{ collection: Collection; path: string }> {
  return collections.flatMap((collection) => {
    const dir = join(corpusDir, collection);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.tml'))
      .sort()
      .map((f) => ({ collection, path: join(dir, f) }));
  });
}
