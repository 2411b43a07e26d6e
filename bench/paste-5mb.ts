/**
 * A 5 MB paste into the New timeline form, in headless Chromium: prints the longest
 * main-thread task (PerformanceObserver 'longtask') and the time of each phase. A report,
 * not a test. Needs a build (`npm run build`); serves `dist/` on E2E_PORT (default 4204).
 *
 *   npm run build && npx tsx bench/paste-5mb.ts [--mb 5] [--cpu] [--profile out.cpuprofile]
 *
 * `--cpu` also reads a Chrome trace and prints each phase's longest task in CPU time: on a
 * shared machine a task's wall time (the long-task figure) grows with the load, its CPU time
 * much less (see traceTasks.ts). Waiting on another process (the clipboard read is a call to
 * the browser) is wall time, not CPU time.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/find-chromium.mjs';
import { waitForServer } from './waitForServer.ts';
import { mainThreadTasks, markTimes, type TraceEvent } from './traceTasks.ts';

const mbArg = process.argv.indexOf('--mb');
const megabytes = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 5;
const profileArg = process.argv.indexOf('--profile');
/** `--profile out.cpuprofile`: a CPU profile of the main thread from paste to the end. */
const profilePath = profileArg > 0 ? process.argv[profileArg + 1] : undefined;
const cpu = process.argv.includes('--cpu');
const port = Number(process.env.E2E_PORT ?? 4204);
const base = `http://127.0.0.1:${port}`;

/** A long text of varied paragraphs (the seed article with its dates shifted year by year). */
function longText(bytes: number): string {
  const seed = readFileSync(new URL('../src/app/seed/article.txt', import.meta.url), 'utf8');
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const chunk = `Part ${i + 1}.\n${seed.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) - (i % 20)))}\n\n`;
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  return parts.join('').slice(0, bytes);
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
    // Its own process group, so the server npx starts is stopped with it.
    detached: true,
  },
);
try {
  await waitForServer(base, 30_000);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  page.on('crash', () => console.error('the page crashed'));
  await page.addInitScript(() => {
    const w = window as unknown as { __tasks: { start: number; duration: number }[] };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(base);
  await page
    .getByRole('list', { name: 'Events' })
    .getByRole('button')
    .first()
    .waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'New timeline', exact: true }).click();
  const form = page.getByRole('form', { name: 'New timeline' });
  const box = form.getByRole('textbox', { name: 'Article text' });
  const text = longText(megabytes * 1024 * 1024);
  await page.evaluate(() => ((window as unknown as { __tasks: unknown[] }).__tasks.length = 0));
  // Marked in the page too, so that a trace (--cpu) finds the phases on its own clock.
  const mark = () =>
    page.evaluate(() => {
      performance.mark('bench:phase');
      return performance.now();
    });
  if (cpu)
    await browser.startTracing(page, {
      categories: ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
    });

  const cdp = profilePath ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }

  // Onto the clipboard first (not timed), then a real Ctrl+V into the box.
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await box.focus();
  const t0 = await mark();
  await page.keyboard.press('Control+V');
  await form.getByText(/characters\./).waitFor();
  const t1 = await mark();
  await form.getByRole('textbox', { name: 'Publication date' }).fill('2012-02-27');
  await form.getByRole('textbox', { name: 'Title' }).fill('Five megabytes');
  const t2 = await mark();
  await form.getByRole('button', { name: 'Extract events' }).click();
  await page
    .getByRole('heading', { level: 2, name: 'Five megabytes' })
    .waitFor({ timeout: 300_000 });
  const t3 = await mark();
  const tx = await page.evaluate(
    () => performance.getEntriesByName('datelines:form-extracted')[0]?.startTime ?? 0,
  );
  await page
    .getByRole('list', { name: 'Events' })
    .getByRole('button')
    .first()
    .waitFor({ timeout: 300_000 });
  // Let the page settle (timeline drawn, saved) before reading the tasks.
  await page.waitForTimeout(3000);
  const t4 = await mark();
  const trace = cpu ? await browser.stopTracing() : null;
  if (cdp && profilePath) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(profilePath, JSON.stringify(profile));
  }
  const tasks = await page.evaluate(
    () => (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks,
  );
  const events = await page.getByRole('list', { name: 'Events' }).getByRole('listitem').count();
  const eventCount = (await page.locator('.events-panel .panel-count').textContent()) ?? '?';
  const within = (a: number, b: number) => tasks.filter((t) => t.start >= a && t.start < b);
  const longest = (list: { duration: number }[]) =>
    Math.round(Math.max(0, ...list.map((t) => t.duration)));
  const over200 = (list: { duration: number }[]) => list.filter((t) => t.duration > 200).length;
  const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `${megabytes} MB paste (${text.length.toLocaleString('en')} characters), ` +
      `${eventCount} events (${events} list rows drawn)`,
  );
  // The trace's tasks, placed on the page's clock by the first phase mark.
  const traced = trace
    ? (() => {
        const traceEvents = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] })
          .traceEvents;
        const first = markTimes(traceEvents, 'bench:phase')[0] ?? 0;
        return mainThreadTasks(traceEvents, 'bench:phase').map((t) => ({
          start: t0 + (t.start - first) / 1000,
          cpuMs: t.cpuMs,
        }));
      })()
    : null;
  const longestCpu = (a: number, b: number) =>
    traced
      ? `${String(Math.round(Math.max(0, ...traced.filter((t) => t.start >= a && t.start < b).map((t) => t.cpuMs)))).padStart(6)} ms`
      : '';
  console.log(
    `phase                         time    longest task   tasks > 50 ms   tasks > 200 ms` +
      (traced ? `   longest task (CPU)` : ''),
  );
  const row = (name: string, a: number, b: number) =>
    console.log(
      `${name.padEnd(28)} ${fmt(b - a).padStart(7)}   ${String(longest(within(a, b))).padStart(6)} ms   ${String(within(a, b).length).padStart(10)}   ${String(over200(within(a, b))).padStart(10)}` +
        (traced ? `        ${longestCpu(a, b)}` : ''),
    );
  row('paste into the form', t0, t1);
  row('extraction (worker)', t2, tx);
  row('editor drawn', tx, t3);
  row('timeline drawn and saved', t3, t4);
  row('total', t0, t4);
  const timing = await page.evaluate(
    () =>
      (
        performance.getEntriesByName('datelines:extraction-timing')[0] as
          PerformanceMark | undefined
      )?.detail as { engineMs: number; totalMs: number } | undefined,
  );
  if (timing)
    console.log(
      `worker run ${fmt(timing.totalMs)}: the engine ${fmt(timing.engineMs)}, ` +
        `start-up and sending the result ${fmt(timing.totalMs - timing.engineMs)}`,
    );
  await browser.close();
} finally {
  if (server.pid !== undefined) process.kill(-server.pid);
}
