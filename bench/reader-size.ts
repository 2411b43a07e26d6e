/**
 * `npm run bench:size`: what the reader view costs a news site's readers, and which
 * dependency costs what.
 *
 * (a) every file reader.html loads in the built site (dist/, from the reader build's
 *     manifest: its entry, the chunks it imports and their dynamic imports, their CSS and
 *     any font or other asset they reference), gzip-compressed, beside the 200 kB budget
 *     (200,000 bytes, the strict reading; 195.3 KiB), and the same for the app;
 * (b) per package, what leaving it out would save: each module of the reader's chunks is
 *     minified on its own and the chunk's modules gzipped together, with and without the
 *     package's modules; the difference is that package's cost (an estimate: the real
 *     build minifies across modules, so the parts do not add up to the total exactly);
 * (c) the standalone HTML template (dist/standalone/reader.html).
 *
 * Sizes print in kB (1000 bytes) and KiB (1024 bytes). Run `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, minifySync, type Rollup } from 'vite';
import { repoRoot } from './corpus.ts';

/** The budget of the issue: 200 KB gzip, read strictly as 200,000 bytes. */
const BUDGET = 200_000;
const dist = join(repoRoot, 'dist');

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Every file a page loads, its lazy chunks, styles and assets (fonts) included. */
export function pageFiles(manifest: Manifest, entry: string): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.add(chunk.file);
    for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(file);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit(entry);
  return [...files];
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
/** "123.4 kB  120.5 KiB" */
export const size = (bytes: number) =>
  `${(bytes / 1000).toFixed(1).padStart(7)} kB ${(bytes / 1024).toFixed(1).padStart(7)} KiB`;

const KIND: [RegExp, string][] = [
  [/\.js$/, 'JavaScript'],
  [/\.css$/, 'CSS'],
  [/\.(woff2?|ttf|otf|eot)$/, 'fonts'],
];
const kindOf = (file: string) => KIND.find(([pattern]) => pattern.test(file))?.[1] ?? 'other';

function pageReport(manifest: Manifest, entry: string): number {
  const byKind = new Map<string, number>([
    ['JavaScript', 0],
    ['CSS', 0],
    ['fonts', 0],
  ]);
  console.log(`\n${entry}: every file it loads, gzip -9`);
  for (const file of pageFiles(manifest, entry)) {
    const bytes = gz(readFileSync(join(dist, file)));
    byKind.set(kindOf(file), (byKind.get(kindOf(file)) ?? 0) + bytes);
    console.log(`  ${file.padEnd(46)} ${size(bytes)}`);
  }
  for (const [kind, bytes] of byKind) console.log(`  ${`  ${kind}`.padEnd(46)} ${size(bytes)}`);
  const total = [...byKind.values()].reduce((a, b) => a + b, 0);
  console.log(`  ${'total'.padEnd(46)} ${size(total)}`);
  return total;
}

function packageOf(id: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (match?.[1]) return match[1];
  const src = /\/src\/([^/]+\/[^/]+)\//.exec(id) ?? /\/src\/([^/]+)/.exec(id);
  return src?.[1] ? `src/${src[1]}` : 'other';
}

function minified(name: string, code: string): string {
  const result = minifySync(`${name}.js`, code, { module: true, compress: false });
  return result.errors.length > 0 ? code : result.code;
}

async function packageCosts(): Promise<void> {
  const result = await build({
    root: repoRoot,
    configFile: join(repoRoot, 'vite.reader.config.ts'),
    logLevel: 'silent',
    build: { write: false, sourcemap: false, emptyOutDir: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const built = outputs.flatMap((output) => output.output);
  // This build's own manifest says which of its chunks the reader loads.
  const ownManifest = built.find((file) => file.fileName.endsWith('reader-manifest.json'));
  if (ownManifest?.type !== 'asset') throw new Error('the build wrote no manifest');
  const readerFiles = new Set(
    pageFiles(JSON.parse(String(ownManifest.source)) as Manifest, 'reader.html'),
  );
  const cost = new Map<string, number>();
  let whole = 0;
  for (const chunk of built) {
    if (chunk.type !== 'chunk' || !readerFiles.has(chunk.fileName)) continue;
    // Each module in a block of its own: two modules may declare the same names.
    const modules = Object.entries(chunk.modules).map(([id, module]) => ({
      name: packageOf(id),
      code: `{${minified(id.replace(/\W+/g, '_'), module.code ?? '')}}`,
    }));
    const all = gz(modules.map((m) => m.code).join('\n'));
    whole += all;
    for (const name of new Set(modules.map((m) => m.name))) {
      const without = gz(
        modules
          .filter((m) => m.name !== name)
          .map((m) => m.code)
          .join('\n'),
      );
      cost.set(name, (cost.get(name) ?? 0) + all - without);
    }
  }
  const rows = [...cost].sort((a, b) => b[1] - a[1]);
  console.log(
    `\nreader JavaScript by package: what leaving it out saves (modules minified one by one, ` +
      `gzipped per chunk; estimate, total ${size(whole).trim()})`,
  );
  for (const [name, bytes] of rows.filter(([, b]) => b >= 200)) {
    console.log(`  ${name.padEnd(46)} ${size(bytes)}`);
  }
  const small = rows.filter(([, b]) => b < 200);
  if (small.length > 0) console.log(`  (under 0.2 kB each: ${small.map(([n]) => n).join(', ')})`);
}

function readManifest(name: string): Manifest {
  const path = join(dist, '.vite', name);
  if (!existsSync(path)) {
    console.error(`No dist/.vite/${name}: run \`npm run build\` first.`);
    process.exit(2);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

// The reader and the app are separate builds (vite.reader.config.ts, vite.config.ts).
const reader = pageReport(readManifest('reader-manifest.json'), 'reader.html');
console.log(
  `  budget: JavaScript, CSS and fonts ≤ ${size(BUDGET).trim()} gzip: ` +
    `${reader <= BUDGET ? 'within' : 'OVER'}, ${size(Math.abs(BUDGET - reader)).trim()} ` +
    `${reader <= BUDGET ? 'to spare' : 'too much'}`,
);
pageReport(readManifest('manifest.json'), 'index.html');
const standalone = join(dist, 'standalone', 'reader.html');
if (existsSync(standalone)) {
  const bytes = readFileSync(standalone);
  console.log(
    `\nstandalone HTML template (before a timeline is added): ${size(bytes.length).trim()}, ` +
      `gzip ${size(gz(bytes)).trim()}`,
  );
}
await packageCosts();
