/**
 * `npm run bench:scale`: the timeline at archive scale, in headless Chromium, beside
 * vis-timeline as shipped fed the same generated events, all in one run.
 *
 *   npm run bench:scale [-- --n 10000] [--big 100000] [--seed 1] [--paint-runs 3] [--cpu] [--skip-vis] [--skip-worker]
 *
 * (a) N events (10,000): first paint (the median of --paint-runs loads, ours and theirs
 *     alternating), pan frames (median, p95), JS heap, longest main-thread task after first
 *     paint: ours (dist/bench.html) and vis-timeline's standalone build;
 * (b) BIG events (100,000), ours only: first paint, pan frames, heap, time to select;
 * (c) a 1 MB article read by the app's extraction worker (dist/assets/extract.worker-*.js).
 * Reads the built app: run `npm run build` first (the npm script does).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/find-chromium.mjs';
import { repoRoot, corpusFiles } from './corpus.ts';
import { plainItems, visPage } from './scalePages.ts';
import { readTimeML } from '../src/core/formats/timeml.ts';
import { percentile } from './stats.ts';
import { mainThreadTasks, markTimes, type TraceEvent } from './traceTasks.ts';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    big: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    'paint-runs': { type: 'string', default: '3' },
    'skip-vis': { type: 'boolean', default: false },
    'skip-worker': { type: 'boolean', default: false },
    cpu: { type: 'boolean', default: false },
  },
});
const N = Number(args.n);
const BIG = Number(args.big);
const SEED = Number(args.seed);
const PAINT_RUNS = Math.max(1, Number(args['paint-runs']));
const dist = join(repoRoot, 'dist');
const visDir = join(repoRoot, 'node_modules/vis-timeline');

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** Serves dist/, the vis-timeline page and its standalone build, on a free port. */
function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, body: string | Buffer, type = 'text/plain') => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    const n = Number(url.searchParams.get('n') ?? N);
    const seed = Number(url.searchParams.get('seed') ?? SEED);
    if (url.pathname === '/vis.html') return send(200, visPage(n, seed), TYPES['.html']);
    if (url.pathname === '/vis/items.json') {
      return send(200, JSON.stringify(plainItems(n, seed)), TYPES['.json']);
    }
    const file = url.pathname.startsWith('/vis/')
      ? join(
          visDir,
          url.pathname.endsWith('.css') ? 'styles' : 'standalone/umd',
          url.pathname.slice(5),
        )
      : join(dist, normalize(url.pathname === '/' ? '/index.html' : url.pathname));
    if (!file.startsWith(dist) && !file.startsWith(visDir)) return send(403, 'no');
    if (!existsSync(file)) return send(404, 'not found');
    send(200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

interface Figures {
  firstPaint: number;
  panMedian: number;
  panP95: number;
  panFrames: number;
  heapMb: number;
  longestTaskAfterPaint: number | null;
  tasksOver200: number | null;
  selectMs?: number;
}

/** Records long tasks from the start, so those after the first paint can be read. */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // The frame after the first item reaches the page: when it has been painted.
  const seen = new MutationObserver(() => {
    if (!document.querySelector('.vis-item')) return;
    seen.disconnect();
    requestAnimationFrame(() => setTimeout(() => {
      window.firstItemPaint = performance.now();
      performance.mark('bench:first-paint');
    }));
  });
  document.addEventListener('DOMContentLoaded', () => seen.observe(document.body, { childList: true, subtree: true }));
`;

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1e6;
}

/** Time from navigation start until the first timeline item has been painted. */
async function firstPaint(page: Page, url: string, timeout: number): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => 'firstItemPaint' in window, null, { timeout });
  return page.evaluate(() => (window as unknown as { firstItemPaint: number }).firstItemPaint);
}

/** How long a fresh page is left before a timed load (see paintOnce). */
const SETTLE_MS = 1500;

/** What one load gave: its first paint, and with --cpu the main thread's CPU time until then. */
interface Paint {
  wallMs: number;
  cpuMs: number | null;
}

/**
 * First paint of `url` in a fresh page (its own context: nothing cached from another load).
 * With `cpu`, a trace of the load also gives the CPU time of the page's main-thread tasks
 * until the first paint: what the page asked of the core, which other processes taking the
 * core away (a busy machine) change far less than they change the wall time.
 */
async function paintOnce(
  browser: Browser,
  url: string,
  timeout: number,
  cpu: boolean,
): Promise<Paint> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(LONG_TASKS);
  try {
    const page = await context.newPage();
    // A new context makes headless Chromium load its omnibox pop-up (a WebUI page) in the
    // background for about a second: on two cores that would fall on whichever load it meets.
    await page.waitForTimeout(SETTLE_MS);
    if (cpu) {
      await browser.startTracing(page, {
        categories: ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
      });
    }
    const wallMs = await firstPaint(page, url, timeout);
    if (!cpu) return { wallMs, cpuMs: null };
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    const painted = markTimes(trace.traceEvents, 'bench:first-paint')[0] ?? Infinity;
    const cpuMs = mainThreadTasks(trace.traceEvents, 'bench:first-paint')
      .filter((task) => task.start < painted)
      .reduce((sum, task) => sum + task.cpuMs, 0);
    return { wallMs, cpuMs };
  } finally {
    await context.close();
  }
}

/**
 * First paints of each page, `runs` loads each, the pages taking turns: a slow spell of
 * the machine then falls on all of them rather than on whichever ran during it. Each page
 * is loaded once beforehand at a few events and not counted, so that none pays alone for a
 * cold browser, server or disk.
 */
async function paintRuns(
  browser: Browser,
  pages: { url: string; warmUrl: string; timeout: number }[],
  runs: number,
): Promise<Paint[][]> {
  for (const page of pages) await paintOnce(browser, page.warmUrl, page.timeout, false);
  const paints: Paint[][] = pages.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const [i, page] of pages.entries()) {
      paints[i]?.push(await paintOnce(browser, page.url, page.timeout, args.cpu));
    }
  }
  return paints;
}

/** Drags the drawing sideways in `steps` moves, recording every frame's length meanwhile. */
async function panFrames(page: Page, steps: number): Promise<number[]> {
  const box = await page.locator('.vis-center').first().boundingBox();
  if (!box) throw new Error('no timeline drawing');
  // A string, not a function: the bench runs through tsx, whose helpers the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = 0;
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  })()`);
  const y = box.y + Math.min(60, box.height / 2);
  const x0 = box.x + box.width * 0.8;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    // Back and forth, a screen's width in all: new stretches come into view.
    const dx = (i <= steps / 2 ? -i : i - steps) * ((box.width * 0.6) / (steps / 2));
    await page.mouse.move(x0 + dx, y);
  }
  await page.mouse.up();
  await page.waitForTimeout(200);
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
}

async function longTasksAfter(page: Page, paint: number) {
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
  );
  const after = tasks.filter((t) => t.start >= paint);
  return {
    longest: after.reduce((max, t) => Math.max(max, t.duration), 0),
    over200: after.filter((t) => t.duration > 200).length,
  };
}

async function measure(
  browser: Browser,
  url: string,
  timeout: number,
  select: boolean,
): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(LONG_TASKS);
  const page = await context.newPage();
  await page.waitForTimeout(SETTLE_MS);
  const paint = await firstPaint(page, url, timeout);
  // Let the page settle (the rest of it loading) before reading tasks and panning.
  await page.waitForTimeout(1500);
  const tasks = await longTasksAfter(page, paint);
  const frames = await panFrames(page, 40);
  const figures: Figures = {
    firstPaint: paint,
    panMedian: percentile(frames, 50),
    panP95: percentile(frames, 95),
    panFrames: frames.length,
    heapMb: await heapMb(page),
    longestTaskAfterPaint: tasks.longest,
    tasksOver200: tasks.over200,
  };
  if (select) figures.selectMs = await selectTime(page);
  await context.close();
  return figures;
}

/** Picks an event from the middle of the Events list; ms until its details and item show. */
async function selectTime(page: Page): Promise<number> {
  const list = page.getByRole('list', { name: 'Events' });
  await list.evaluate((element) => (element.scrollTop = element.scrollHeight / 2));
  const button = list.getByRole('button').nth(3);
  const title = (await button.locator('.event-title').textContent())?.trim() ?? '';
  const start = Date.now();
  await button.click();
  await page
    .getByRole('region', { name: 'Event details' })
    .getByRole('heading', { name: title })
    .waitFor({ timeout: 60_000 });
  await page.locator('.vis-selected').first().waitFor({ timeout: 60_000 });
  return Date.now() - start;
}

/**
 * A 1 MB article read by the built extraction worker, in the browser: ms from asking to its
 * last answer (every batch received), and the engine's own ms as the worker reports it.
 */
async function workerTime(
  browser: Browser,
  origin: string,
  text: string,
): Promise<{ totalMs: number; engineMs: number }> {
  const worker = readdirSync(join(dist, 'assets')).find((f) => /^extract\.worker.*\.js$/.test(f));
  if (!worker) throw new Error('no extraction worker in dist/assets: run npm run build');
  const page = await browser.newPage();
  await page.goto(`${origin}/bench.html?n=0`);
  const timing = await page.evaluate(
    ({ url, text }) =>
      new Promise<{ totalMs: number; engineMs: number }>((resolve, reject) => {
        const started = performance.now();
        const w = new Worker(url, { type: 'module' });
        w.onmessage = (
          event: MessageEvent<{ kind: string; ok?: boolean; message?: string; engineMs?: number }>,
        ) => {
          if (event.data.kind !== 'done') return;
          w.terminate();
          if (event.data.ok)
            resolve({ totalMs: performance.now() - started, engineMs: event.data.engineMs ?? 0 });
          else reject(new Error(event.data.message));
        };
        w.onerror = (event) => reject(new Error(event.message));
        const article = {
          id: 'big',
          title: 'Big',
          text,
          publishedOn: '2012-02-27',
          language: 'en',
        };
        w.postMessage({ id: 1, article });
      }),
    { url: `${origin}/assets/${worker}`, text },
  );
  await page.close();
  return timing;
}

/** About `bytes` of news text: the evaluation corpus's documents, else the seed article, repeated. */
function megabyteOfNews(bytes: number): { text: string; source: string } {
  const files = corpusFiles();
  const docs = files.length
    ? files.map((f) => readTimeML(readFileSync(f.path, 'utf8')).text)
    : [readFileSync(join(repoRoot, 'src/app/seed/article.txt'), 'utf8')];
  let text = '';
  for (let i = 0; Buffer.byteLength(text) < bytes; i++) text += `${docs[i % docs.length]}\n\n`;
  return { text, source: files.length ? 'TempEval-3 training text' : 'the seed article' };
}

const ms = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : x < 100 ? x.toFixed(1) : x.toFixed(0);

async function main() {
  if (!existsSync(join(dist, 'bench.html')))
    throw new Error('dist/bench.html missing: run npm run build');
  const browser = await chromium.launch(chromiumLaunchOptions());
  const { server, origin } = await serve();
  try {
    console.log(
      `Measuring ${N.toLocaleString('en')} events (seed ${SEED}); vis-timeline as shipped takes a minute or more…`,
    );
    const oursUrl = `${origin}/bench.html?n=${N}&seed=${SEED}`;
    const visUrl = `${origin}/vis.html?n=${N}&seed=${SEED}`;
    const [oursPaints = [], visPaints = []] = await paintRuns(
      browser,
      [
        { url: oursUrl, warmUrl: `${origin}/bench.html?n=10&seed=${SEED}`, timeout: 120_000 },
        ...(args['skip-vis']
          ? []
          : [{ url: visUrl, warmUrl: `${origin}/vis.html?n=10&seed=${SEED}`, timeout: 600_000 }]),
      ],
      PAINT_RUNS,
    );
    const runsText = (paints: Paint[]) =>
      paints
        .map((p) => ms(p.wallMs) + (p.cpuMs === null ? '' : ` (CPU ${ms(p.cpuMs)})`))
        .join(', ');
    console.log(`  first paints, ours: ${runsText(oursPaints)} ms`);
    if (visPaints.length) console.log(`  first paints, vis-timeline: ${runsText(visPaints)} ms`);
    const ours = await measure(browser, `${origin}/bench.html?n=${N}&seed=${SEED}`, 120_000, true);
    console.log(`  first paint ${ms(ours.firstPaint)} ms, pan p95 ${ms(ours.panP95)} ms`);
    console.log(`Measuring ${BIG.toLocaleString('en')} events, ours only…`);
    const big = await measure(browser, `${origin}/bench.html?n=${BIG}&seed=${SEED}`, 300_000, true);
    console.log(`  first paint ${ms(big.firstPaint)} ms, pan p95 ${ms(big.panP95)} ms`);
    if (!args['skip-worker']) {
      const { text, source } = megabyteOfNews(1_000_000);
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await workerTime(browser, origin, text));
      console.log(
        `\n1 MB article (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB of ${source}) in the extraction worker: ` +
          `${runs.map((r) => ms(r.totalMs)).join(', ')} ms (target ≤ 2000); ` +
          `the engine itself ${runs.map((r) => ms(r.engineMs)).join(', ')} ms`,
      );
    }
    // vis-timeline last: at 10,000 events it takes minutes on a busy machine.
    const vis = args['skip-vis'] ? null : await measure(browser, visUrl, 600_000, false);
    const median = (paints: Paint[], of: (p: Paint) => number | null) => {
      const figures = paints.map(of).filter((x): x is number => x !== null);
      return figures.length ? percentile(figures, 50) : null;
    };
    const oursPaint = median(oursPaints, (p) => p.wallMs) ?? NaN;
    const visPaint = median(visPaints, (p) => p.wallMs);
    const oursCpu = median(oursPaints, (p) => p.cpuMs);
    const visCpu = median(visPaints, (p) => p.cpuMs);
    const rows: [string, string, string, string][] = [
      [
        `first paint (ms, median of ${PAINT_RUNS})`,
        ms(oursPaint),
        ms(visPaint),
        ratio(visPaint, oursPaint),
      ],
      ...(oursCpu === null
        ? []
        : [
            [
              'main-thread CPU until first paint (ms, median)',
              ms(oursCpu),
              ms(visCpu),
              ratio(visCpu, oursCpu),
            ] as [string, string, string, string],
          ]),
      ['first paint, the load that also pans (ms)', ms(ours.firstPaint), ms(vis?.firstPaint), ''],
      ['pan frame p95 (ms)', ms(ours.panP95), ms(vis?.panP95), ratio(vis?.panP95, ours.panP95)],
      [
        'pan frame median (ms)',
        ms(ours.panMedian),
        ms(vis?.panMedian),
        ratio(vis?.panMedian, ours.panMedian),
      ],
      ['pan frames recorded', String(ours.panFrames), String(vis?.panFrames ?? '—'), ''],
      [
        'JS heap (MB)',
        ours.heapMb.toFixed(1),
        vis ? vis.heapMb.toFixed(1) : '—',
        ratio(vis?.heapMb, ours.heapMb),
      ],
      [
        'longest task after first paint (ms)',
        ms(ours.longestTaskAfterPaint),
        ms(vis?.longestTaskAfterPaint),
        '',
      ],
      [
        'tasks over 200 ms after first paint',
        String(ours.tasksOver200),
        String(vis?.tasksOver200 ?? '—'),
        '',
      ],
      ['select from the list (ms)', ms(ours.selectMs), '—', ''],
    ];
    table(
      `${N.toLocaleString('en')} events`,
      ['', 'Datelines', 'vis-timeline as shipped', 'ours ×'],
      rows,
    );

    table(
      `${BIG.toLocaleString('en')} events`,
      ['', 'Datelines', 'vis-timeline as shipped', ''],
      [
        ['first paint (ms)', ms(big.firstPaint), 'not run (see 10,000)', ''],
        ['pan frame p95 (ms)', ms(big.panP95), '', ''],
        ['pan frame median (ms)', ms(big.panMedian), '', ''],
        ['JS heap (MB)', big.heapMb.toFixed(1), '', ''],
        ['longest task after first paint (ms)', ms(big.longestTaskAfterPaint), '', ''],
        ['select from the list (ms)', ms(big.selectMs), '', ''],
      ],
    );
  } finally {
    server.close();
    await browser.close();
  }
}

function ratio(theirs: number | null | undefined, ours: number): string {
  return theirs === null || theirs === undefined || ours <= 0
    ? ''
    : `${(theirs / ours).toFixed(1)}×`;
}

function table(title: string, head: string[], rows: string[][]) {
  const all = [head, ...rows];
  const widths = head.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  console.log(`\n${title}`);
  for (const row of all) {
    console.log(
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join('   '),
    );
  }
}

await main();
