/**
 * `npm run bench:size`: what the reader view costs a news site's readers, and which
 * dependency costs what.
 *
 * (a) every JavaScript and CSS file reader.html loads in the built site (dist/, from the
 *     reader build's manifest: its entry, the chunks it imports and their dynamic imports,
 *     their CSS), gzip-compressed, beside the 200 KB budget, and the same for the app;
 * (b) an estimate per package: the code each package leaves in the reader's chunks,
 *     minified and gzip-compressed on its own (so the parts do not add up to the total
 *     exactly: gzip shares its dictionary across a file);
 * (c) the standalone HTML template (dist/standalone/reader.html).
 *
 * Run `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, minifySync, type Rollup } from 'vite';
import { repoRoot } from './corpus.ts';

const BUDGET = 200 * 1024;
const dist = join(repoRoot, 'dist');

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Every file a page loads, its lazy chunks included. */
export function pageFiles(manifest: Manifest, entry: string): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit(entry);
  return [...files];
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function pageReport(manifest: Manifest, entry: string): number {
  let total = 0;
  console.log(`\n${entry}`);
  for (const file of pageFiles(manifest, entry)) {
    const size = gz(readFileSync(join(dist, file)));
    total += size;
    console.log(`  ${file.padEnd(44)} ${kb(size).padStart(10)}`);
  }
  console.log(`  ${'total (JS + CSS, gzip -9; no fonts)'.padEnd(44)} ${kb(total).padStart(10)}`);
  return total;
}

function packageOf(id: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (match?.[1]) return match[1];
  const src = /\/src\/([^/]+)/.exec(id);
  return src?.[1] ? `src/${src[1]}` : 'other';
}

async function packageCosts(): Promise<void> {
  const result = await build({
    root: repoRoot,
    configFile: join(repoRoot, 'vite.reader.config.ts'),
    logLevel: 'silent',
    build: { write: false, sourcemap: false, emptyOutDir: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const code = new Map<string, string>();
  // This build's own manifest says which of its chunks the reader loads.
  const built = outputs.flatMap((output) => output.output);
  const ownManifest = built.find((file) => file.fileName.endsWith('reader-manifest.json'));
  if (ownManifest?.type !== 'asset') throw new Error('the build wrote no manifest');
  const readerFiles = new Set(
    pageFiles(JSON.parse(String(ownManifest.source)) as Manifest, 'reader.html'),
  );
  for (const output of outputs) {
    for (const chunk of output.output) {
      if (chunk.type !== 'chunk' || !readerFiles.has(chunk.fileName)) continue;
      for (const [id, module] of Object.entries(chunk.modules)) {
        const name = packageOf(id);
        // Each module in a block of its own: two modules may declare the same names.
        code.set(name, `${code.get(name) ?? ''}\n{\n${module.code ?? ''}\n}`);
      }
    }
  }
  const rows = [...code].map(([name, source]) => {
    const minified = minifySync(`${name}.js`, source, { module: true, compress: false });
    if (minified.errors.length > 0) return { name, gzip: gz(source), note: ' (not minified)' };
    return { name, gzip: gz(minified.code), note: '' };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  console.log(
    '\nreader JavaScript by package (each minified, without dead-code removal, and gzipped alone; an estimate)',
  );
  for (const row of rows.filter((r) => r.gzip > 300)) {
    console.log(`  ${row.name.padEnd(44)} ${kb(row.gzip).padStart(10)}${row.note}`);
  }
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
  `  budget ${kb(BUDGET)}: ${reader <= BUDGET ? 'within' : 'OVER'} (${kb(BUDGET - reader)} to spare)`,
);
pageReport(readManifest('manifest.json'), 'index.html');
const standalone = join(dist, 'standalone', 'reader.html');
if (existsSync(standalone)) {
  const bytes = readFileSync(standalone);
  console.log(
    `\nstandalone HTML template: ${kb(bytes.length)} (${kb(gz(bytes))} gzip), before a timeline is added`,
  );
}
await packageCosts();
