/**
 * `npm run bench:paint`: how soon the reader view draws the seed timeline, beside
 * TimelineJS3 drawing 20 events, in the same headless Chromium run.
 *
 * Both pages are served from this process (dist/ and @knight-lab/timelinejs's dist/), every
 * other request is refused, and the two are loaded in turn, each in a fresh context (cold
 * cache), `--runs` times (default 25, after one warm-up load each). Two moments per load,
 * from the start of navigation:
 * - first contentful paint (the browser's own `paint` entry);
 * - timeline drawn: the first animation frame after the first timeline item exists
 *   (`.vis-item` in the reader's "Timeline" region; `.tl-timemarker` in TimelineJS's
 *   time navigation).
 * The seed timeline is read by the engine here and handed to the reader in its link, as
 * the Embed dialog does. Run `npm run build` first. A report, not a test: it prints.
 *
 * On a shared, loaded machine single loads vary by a factor of two, so it prints medians with
 * their spread (p25–p75), and, since the two pages load in pairs one after the other (under
 * about the same load), the median of the paired differences and how many pairs each page
 * won: the comparison that holds when the machine gets busier or quieter during the run.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/find-chromium.mjs';
import { encodeReaderLink, readerTimelineFromProject } from '../src/core/formats/readerLink.ts';
import { toTimelineJs } from '../src/core/formats/timelineJs.ts';
import { repoRoot } from './corpus.ts';
import { percentile } from './stats.ts';
import { seedProject } from './seedTimeline.ts';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '25' } } });
const runs = Math.max(1, Number(args.runs) || 25);

const dist = join(repoRoot, 'dist');
const timelineJsDist = join(repoRoot, 'node_modules/@knight-lab/timelinejs/dist');
if (!existsSync(join(dist, 'reader.html'))) {
  console.error('No dist/reader.html: run `npm run build` first.');
  process.exit(2);
}

const project = seedProject();
const readerPath = `/reader.html#t=${encodeReaderLink(readerTimelineFromProject(project))}`;

/** 20 events for TimelineJS: the seed's, then the seed's again a year later. */
function timelineJsData() {
  const data = toTimelineJs(project);
  const later = data.events.map((event) => ({
    ...event,
    start_date: { ...event.start_date, year: String(Number(event.start_date.year) + 1) },
    ...(event.end_date
      ? { end_date: { ...event.end_date, year: String(Number(event.end_date.year) + 1) } }
      : {}),
  }));
  return { ...data, events: [...data.events, ...later].slice(0, 20) };
}
const tlData = timelineJsData();
const TIMELINEJS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TimelineJS3</title>
<link rel="stylesheet" href="/timelinejs/css/timeline.css">
<script src="/timelinejs/js/timeline.js"></script>
<style>html,body{margin:0;height:100%}#timeline-embed{width:100%;height:640px}</style>
</head><body><div id="timeline-embed"></div>
<script>window.timeline = new TL.Timeline('timeline-embed', ${JSON.stringify(tlData).replace(/</g, '\\u003c')});</script>
</body></html>`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/timelinejs.html') {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(TIMELINEJS_PAGE);
      return;
    }
    const [root, rest] = path.startsWith('/timelinejs/')
      ? [timelineJsDist, path.slice('/timelinejs/'.length)]
      : [dist, path.slice(1)];
    const file = normalize(join(root, rest));
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

/** Records, in the page, the first frame after `selector` appears. */
function drawnProbe(selector: string): string {
  return `(() => {
    const done = () => requestAnimationFrame(() => { window.__drawn = performance.now(); });
    const check = () => { if (document.querySelector(${JSON.stringify(selector)})) { observer.disconnect(); done(); return true; } return false; };
    const observer = new MutationObserver(check);
    document.addEventListener('DOMContentLoaded', () => { if (!check()) observer.observe(document.body, { childList: true, subtree: true }); });
  })();`;
}

interface Sample {
  fcp: number;
  drawn: number;
}

async function measure(browser: Browser, url: string, selector: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (route) =>
    route.request().url().startsWith(new URL(url).origin) ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  await page.addInitScript(drawnProbe(selector));
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __drawn?: number }).__drawn, null, {
    timeout: 60_000,
  });
  const sample = await page.evaluate(() => ({
    fcp:
      performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')
        ?.startTime ?? NaN,
    drawn: (window as unknown as { __drawn: number }).__drawn,
  }));
  await context.close();
  return sample;
}

const { server, origin } = await serve();
const browser = await chromium.launch(chromiumLaunchOptions());
const pages = [
  {
    name: `Datelines reader, seed timeline (${project.events.length} events)`,
    url: `${origin}${readerPath}`,
    selector: '[aria-label="Timeline"] .vis-item',
  },
  {
    name: `TimelineJS3, ${tlData.events.length} events`,
    url: `${origin}/timelinejs.html`,
    selector: '.tl-timenav .tl-timemarker',
  },
];
const samples = pages.map(() => [] as Sample[]);
try {
  // One warm-up each (disk cache of the OS, JIT of the browser), then alternate.
  for (const page of pages) await measure(browser, page.url, page.selector);
  for (let run = 0; run < runs; run++) {
    for (const [index, page] of pages.entries()) {
      samples[index]!.push(await measure(browser, page.url, page.selector));
    }
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const spread = (values: readonly number[]) =>
  `${ms(percentile(values, 50)).padStart(8)} (${ms(percentile(values, 25))}–${ms(percentile(values, 75))})`;
console.log(
  `\nFirst paint, same headless Chromium, ${runs} cold loads of each page in alternation, 1280x800`,
);
console.log(`median (p25–p75)`.padEnd(46), 'first contentful paint'.padEnd(26), 'timeline drawn');
for (const [index, page] of pages.entries()) {
  const fcp = samples[index]!.map((s) => s.fcp);
  const drawn = samples[index]!.map((s) => s.drawn);
  console.log(page.name.padEnd(46), spread(fcp).padEnd(26), spread(drawn));
}
const [reader, timelineJs] = samples as [Sample[], Sample[]];
for (const key of ['fcp', 'drawn'] as const) {
  const differences = reader.map((sample, run) => sample[key] - timelineJs[run]![key]);
  const won = differences.filter((d) => d < 0).length;
  console.log(
    `${key === 'fcp' ? 'first contentful paint' : 'timeline drawn'}: reader minus TimelineJS3, ` +
      `median of ${runs} pairs ${ms(percentile(differences, 50))} ` +
      `(p25–p75 ${ms(percentile(differences, 25))}–${ms(percentile(differences, 75))}); ` +
      `the reader first in ${won} of ${runs}`,
  );
}
