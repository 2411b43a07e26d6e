/**
 * The engine as the app ships it, for the speed benchmarks: `src/core/extract` bundled and
 * minified by Vite (target es2022, as the extraction worker is built), written to
 * `node_modules/.cache/datelines-bench/` and imported from there.
 *
 * Loading the TypeScript sources through tsx instead measures its transform too: tsx
 * keeps function names by wrapping every closure made at run time in a helper call, which
 * the built worker does not do (about a tenth of the engine's time).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { repoRoot } from './corpus.ts';
import type * as EngineEntry from './engineEntry.ts';

export type Engine = typeof EngineEntry;

const outDir = join(repoRoot, 'node_modules/.cache/datelines-bench');

/** Builds the engine (about a second) and imports the build. */
export async function builtEngine(): Promise<Engine> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: 'esbuild',
      lib: { entry: join(repoRoot, 'bench/engineEntry.ts'), formats: ['es'], fileName: 'engine' },
    },
  });
  return (await import(pathToFileURL(join(outDir, 'engine.js')).href)) as Engine;
}

/** The engine from its TypeScript sources, as tsx loads them (`--source`). */
export async function sourceEngine(): Promise<Engine> {
  return import('./engineEntry.ts');
}
