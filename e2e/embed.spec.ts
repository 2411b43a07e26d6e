import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { generatedProject } from './generatedProject.ts';
import { openTimeline, parts } from './support.ts';

const HOST = 'http://host.test/news/almaty.html';

/** Opens the Embed dialog and reads the code a newsroom would copy. */
async function copyEmbedCode(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await expect(dialog).toBeVisible();
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).not.toHaveValue('');
  return code.inputValue();
}

/** Serves an article page on another origin with the snippet pasted into it. */
async function serveHostPage(page: Page, snippet: string): Promise<void> {
  await page.route(HOST, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><title>News</title></head><body>
<h1>Opposition rallies in Almaty</h1><p>Our reporter's account.</p>
<script>window.received = []; addEventListener('message', (e) => window.received.push(e.data));</script>
${snippet}
<p id="after">More news.</p></body></html>`,
    }),
  );
}

test('the embed code, pasted into a page of another site, shows that timeline and sizes itself', async ({
  page,
}) => {
  test.setTimeout(90_000); // the article is read twice, under whatever load the machine has
  await openTimeline(page);
  // Another timeline than the seed: the same article read as if published three years later.
  await page.getByLabel('Publication date').fill('2015-03-02');
  await expect(parts(page).timeline.getByText('Published 2 Mar 2015')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/dated events? found/, { timeout: 30_000 });
  const dates = await parts(page).list.locator('.event-date').allTextContents();
  expect(dates.join(' ')).toContain('2015');
  expect(dates.join(' ')).not.toContain('2012');

  const snippet = await copyEmbedCode(page);
  expect(snippet).toMatch(
    /^<iframe id="datelines-[^"]+" src="http:\/\/127\.0\.0\.1:\d+\/reader\.html#t=/,
  );
  expect(snippet).toContain('<script>');

  await serveHostPage(page, snippet);
  await page.goto(HOST);
  const frame = page.frameLocator('iframe[title^="Timeline:"]');
  const reader = {
    timeline: frame.getByRole('region', { name: 'Timeline' }),
    list: frame.getByRole('list', { name: 'Events' }),
    details: frame.getByRole('region', { name: 'Event details' }),
  };
  await expect(reader.timeline.locator('.vis-item-content').first()).toBeVisible({
    timeout: 15_000,
  });
  await expect(reader.timeline.getByText('Published 2 Mar 2015')).toBeVisible();
  await expect(reader.list.locator('.event-date')).toHaveText(dates);

  // The iframe takes the height the reader reports as its drawing settles: a person reads
  // once the page stops moving, and a click meanwhile could land where the list was.
  const iframe = page.locator('iframe[title^="Timeline:"]');
  const lastHeight = () =>
    page.evaluate(
      () =>
        ((window as unknown as { received: { height?: number }[] }).received.at(-1) ?? {}).height,
    );
  await expect
    .poll(async () => {
      const reported = await lastHeight();
      return reported !== undefined && (await iframe.boundingBox())?.height === reported;
    })
    .toBe(true);

  // Reading: select an event in the list, its quote shows; nothing to edit anywhere.
  await reader.list.getByRole('button').first().click();
  await expect(reader.details.locator('blockquote').first()).toBeVisible();
  await expect(frame.getByRole('textbox')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Embed' })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Show in article' })).toHaveCount(0);

  // The host got the reader's height, and only that, and the iframe took it.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received.length))
    .toBeGreaterThan(0);
  const received = await page.evaluate(
    () => (window as unknown as { received: unknown[] }).received,
  );
  for (const message of received) {
    expect(message).toEqual({ type: 'datelines:height', height: expect.any(Number) as unknown });
  }
  const last = received.at(-1) as { height: number };
  await expect.poll(async () => (await iframe.boundingBox())?.height).toBe(last.height);
  expect(last.height).not.toBe(640);
  // The whole reader shows without a scroll bar of its own.
  const inner = await frame.locator('html').evaluate((html) => ({
    scroll: html.scrollHeight,
    client: html.clientHeight,
  }));
  expect(inner.scroll).toBeLessThanOrEqual(inner.client + 1);
});

test('the embed options: dark theme, a fixed height and the selected event', async ({ page }) => {
  await openTimeline(page);
  const second = parts(page).listButtons.nth(1);
  const title = (await second.locator('.event-title').textContent()) ?? '';
  await second.click();
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await dialog.getByRole('radio', { name: 'Fixed height' }).check();
  await dialog.getByRole('spinbutton', { name: 'Height in pixels' }).fill('520');
  await expect(dialog.getByRole('checkbox', { name: 'Open on the selected event' })).toBeChecked();
  const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(snippet).not.toContain('<script');
  expect(snippet).toContain('height:520px');

  await serveHostPage(page, snippet);
  await page.goto(HOST);
  const iframe = page.locator('iframe[title^="Timeline:"]');
  const frame = page.frameLocator('iframe[title^="Timeline:"]');
  await expect(
    frame.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(title);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect((await iframe.boundingBox())?.height).toBe(520);
});

test('a damaged link and an unreachable timeline file each say what is wrong', async ({ page }) => {
  await page.goto('/reader.html#t=AAAAbroken');
  await expect(page.getByRole('alert')).toHaveText(/This link is damaged/);

  await page.route('https://news.test/missing.json', (route) =>
    route.fulfill({
      status: 404,
      body: 'Not found',
      headers: { 'Access-Control-Allow-Origin': '*' },
    }),
  );
  await page.goto(`/reader.html?src=${encodeURIComponent('https://news.test/missing.json')}`);
  await expect(page.getByRole('alert')).toHaveText(
    'The timeline could not be loaded from https://news.test/missing.json: the server answered 404 Not Found.',
  );

  await page.goto('/reader.html?src=javascript%3Aalert(1)');
  await expect(page.getByRole('alert')).toHaveText(/http or https address/);

  await page.goto('/reader.html');
  await expect(page.getByRole('alert')).toHaveText(/carries no timeline/);
});

test('a timeline too big for a link is read from the JSON file the newsroom hosts', async ({
  page,
}) => {
  // The app's own project, as its JSON export writes it (datelines/1), made bigger than a link.
  await openTimeline(page);
  const snippet = await copyEmbedCode(page);
  const link = /#t=([A-Za-z0-9_-]+)/.exec(snippet)?.[1] ?? '';
  const project = await page.evaluate(async (payload) => {
    // Unpacks the link with the browser's own inflater, to build the file from the same data.
    const b64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return JSON.parse(await new Response(stream).text()) as {
      title: string;
      articles: { id: string; title: string; publishedOn: string }[];
      events: { title: string }[];
    };
  }, link);
  const native = {
    format: 'datelines/1',
    id: 'big-story',
    title: 'A long story',
    articles: project.articles.map((a) => ({ ...a, text: 'x'.repeat(200_000) })),
    events: project.events,
  };
  await page.route('https://news.test/story.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify(native),
    }),
  );
  await page.goto(`/reader.html?src=${encodeURIComponent('https://news.test/story.json')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A long story');
  await expect(page.getByRole('list', { name: 'Events' }).getByRole('button')).toHaveCount(
    project.events.length,
  );
  await expect(
    page.getByRole('region', { name: 'Timeline' }).locator('.vis-item-content').first(),
  ).toBeVisible();
});

test('a timeline too big for a link: the Embed dialog explains, gives its JSON file and a ?src= code that shows it', async ({
  page,
}) => {
  test.setTimeout(150_000); // 2,000 events imported, read again, then embedded
  await openTimeline(page);
  const project = generatedProject(2000);
  await page.getByLabel('Import file').setInputFiles({
    name: 'long-story.datelines.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(project)),
  });
  // Checked off the page, then opened: only then is its article read again.
  await expect(page.getByRole('status').filter({ hasText: /^Opened / })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('status').filter({ hasText: /Reading/ })).toHaveCount(0, {
    timeout: 90_000,
  });
  await expect(parts(page).listButtons.first()).toBeVisible();

  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await expect(dialog).toContainText(/This timeline is too big for a link \([\d,]+ characters\)/);
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue('');

  // The file to host: the native JSON, as the Export menu's "JSON" writes it.
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download JSON file' }).click();
  const file = await readFile(await (await download).path(), 'utf8');
  const hosted = JSON.parse(file) as { format: string; title: string; events: unknown[] };
  expect(hosted.format).toMatch(/^datelines\//);
  expect(hosted.events.length).toBeGreaterThan(1000);

  // Its address: only http(s) makes a code, and the code names it with ?src=.
  const address = dialog.getByRole('textbox', { name: 'Address of the timeline file' });
  await address.fill('javascript:alert(1)');
  await expect(dialog.getByRole('alert')).toHaveText('Give an http or https address.');
  await expect(code).toHaveValue('');
  await address.fill('https://news.test/timelines/long-story.json');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  const snippet = await code.inputValue();
  expect(snippet).toContain(
    `/reader.html?src=${encodeURIComponent('https://news.test/timelines/long-story.json')}`,
  );
  expect(snippet).not.toContain('#t=');

  // The newsroom hosts the file (readable by other sites) and pastes the code.
  await page.route('https://news.test/timelines/long-story.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: file,
    }),
  );
  await serveHostPage(page, snippet);
  await page.goto(HOST);
  const frame = page.frameLocator('iframe[title^="Timeline:"]');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(hosted.title, {
    timeout: 30_000,
  });
  await expect(
    frame.getByRole('list', { name: 'Events' }).getByRole('listitem').first(),
  ).toHaveAttribute('aria-setsize', String(hosted.events.length));
  await expect(
    frame.getByRole('region', { name: 'Timeline' }).locator('.vis-item').first(),
  ).toBeVisible({ timeout: 30_000 });

  // A file that fails says what went wrong, in the reader itself.
  const reader = (src: string) => `/reader.html?src=${encodeURIComponent(src)}`;
  await page.route('https://news.test/timelines/moved.json', (route) =>
    route.fulfill({
      status: 404,
      body: 'Not found',
      headers: { 'Access-Control-Allow-Origin': '*' },
    }),
  );
  await page.goto(reader('https://news.test/timelines/moved.json'));
  await expect(page.getByRole('alert')).toHaveText(
    'The timeline could not be loaded from https://news.test/timelines/moved.json: the server answered 404 Not Found.',
  );
  await page.route('https://news.test/timelines/page.json', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><p>Subscribe!</p>',
      headers: { 'Access-Control-Allow-Origin': '*' },
    }),
  );
  await page.goto(reader('https://news.test/timelines/page.json'));
  await expect(page.getByRole('alert')).toHaveText(
    /^The timeline could not be loaded from https:\/\/news\.test\/timelines\/page\.json: This file is not a timeline: it is not valid JSON/,
  );
  await page.route('https://news.test/timelines/offline.json', (route) => route.abort());
  await page.goto(reader('https://news.test/timelines/offline.json'));
  await expect(page.getByRole('alert')).toHaveText(/could not be reached/);
});
