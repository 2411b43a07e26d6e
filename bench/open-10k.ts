/**
 * A timeline of 10,000 events opened two ways in headless Chromium, as a person would:
 * from a native JSON file ("Import file"), then from storage (a reload, the timeline
 * saved). Prints, for each, the longest main-thread task after first paint
 * (PerformanceObserver 'longtask'), how many went over 200 ms, and the time until the
 * Events list shows the timeline. A report, not a test. Needs a build (`npm run build`);
 * serves `dist/` on E2E_PORT (default 4204).
 *
 *   npm run build && npx tsx bench/open-10k.ts [--n 10000] [--profile out]
 *
 * `--profile out` writes, for each opening, a CPU profile (`out.import.cpuprofile`) and a
 * Chrome trace of the main thread's tasks (`out.import.trace.json`; `out.reload.*` likewise).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/find-chromium.mjs';
import { archiveProject } from '../e2e/generatedProject.ts';
import { parseImportFile } from '../src/core/formats/importFile.ts';
import { toProjectJson } from '../src/core/formats/projectJson.ts';
import { waitForServer } from './waitForServer.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const N = Number(arg('n') ?? 10_000);
const profilePath = arg('profile');
const port = Number(process.env.E2E_PORT ?? 4204);
const base = `http://127.0.0.1:${port}`;

interface Task {
  start: number;
  duration: number;
}

const tasksOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __tasks: Task[] }).__tasks);
const now = (page: Page) => page.evaluate(() => performance.now());

/** Waits until the Events list counts `n` events and the page has been quiet a while. */
async function openedWith(page: Page, n: number) {
  await page
    .locator('.events-panel .panel-count')
    .filter({ hasText: new RegExp(`^${n}$`) })
    .waitFor({ timeout: 300_000 });
  const shown = await now(page);
  // Let the page settle (timeline drawn, saved) before reading the tasks.
  await page.waitForTimeout(4000);
  return shown;
}

function report(name: string, tasks: Task[], from: number, shown: number) {
  const after = tasks.filter((t) => t.start + t.duration >= from);
  const longest = Math.round(Math.max(0, ...after.map((t) => t.duration)));
  const over = after.filter((t) => t.duration > 200).length;
  console.log(
    `${name.padEnd(34)} ${`${((shown - from) / 1000).toFixed(1)} s`.padStart(8)}   ${String(longest).padStart(6)} ms   ${String(after.length).padStart(8)}   ${String(over).padStart(8)}`,
  );
}

async function startProfile(cdp: CDPSession | null, page: Page, path: string) {
  if (!cdp) return;
  // A trace beside the profile: each main-thread task, with what ran inside it.
  await page
    .context()
    .browser()
    ?.startTracing(page, {
      path: `${path}.trace.json`,
      categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
    });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
}

async function stopProfile(cdp: CDPSession | null, page: Page, path: string) {
  if (!cdp) return;
  await page.context().browser()?.stopTracing();
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(path, JSON.stringify(profile));
}

const project = archiveProject(N);
const json = toProjectJson(project);
const check = parseImportFile(json, { fileName: 'archive.json', now: new Date().toISOString() });
if (!check.ok) throw new Error(`the generated file does not import: ${check.errors[0]?.message}`);
const file = join(mkdtempSync(join(tmpdir(), 'datelines-open-')), 'archive.json');
writeFileSync(file, json);

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  // Its own process group, so the server npx starts is stopped with it.
  { stdio: 'ignore', detached: true },
);
try {
  await waitForServer(base, 30_000);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('crash', () => console.error('the page crashed'));
  await page.addInitScript(() => {
    const w = window as unknown as { __tasks: Task[] };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = profilePath ? await context.newCDPSession(page) : null;
  await page.goto(base);
  await page.getByRole('list', { name: 'Events' }).getByRole('button').first().waitFor({
    timeout: 60_000,
  });
  await page.waitForTimeout(1000);
  console.log(
    `${N.toLocaleString('en')} events (${(json.length / 1e6).toFixed(1)} MB of JSON)\n` +
      `opening                             until listed   longest task   tasks>50   tasks>200`,
  );

  // 1. Import: the file chosen in the "Import file" input.
  await startProfile(cdp, page, `${profilePath}.import`);
  const importFrom = await now(page);
  await page.getByLabel('Import file', { exact: true }).setInputFiles(file);
  const imported = await openedWith(page, N);
  report('import (native JSON file)', await tasksOf(page), importFrom, imported);
  await stopProfile(cdp, page, `${profilePath}.import.cpuprofile`);

  // 2. Storage: the import was saved; a reload opens it again.
  await startProfile(cdp, page, `${profilePath}.reload`);
  await page.reload();
  const reopened = await openedWith(page, N);
  const paint = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
  );
  report('reload (from storage), after paint', await tasksOf(page), paint, reopened);
  await stopProfile(cdp, page, `${profilePath}.reload.cpuprofile`);
  await browser.close();
} finally {
  if (server.pid !== undefined) process.kill(-server.pid);
}
