import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { decodeReaderLink } from '../src/core/formats/readerLink.ts';
import { fillStandaloneTemplate } from '../src/core/formats/standalonePage.ts';
import { openTimeline } from './support.ts';

/** The open timeline's reader data, as the Embed dialog's link carries it. */
async function openTimelineData(page: Page) {
  await openTimeline(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page
    .getByRole('dialog', { name: 'Embed this timeline' })
    .getByRole('textbox', { name: 'Embed code' })
    .inputValue();
  const read = decodeReaderLink(/#t=([A-Za-z0-9_-]+)/.exec(snippet)?.[1] ?? '');
  if (!read.ok) throw new Error(read.error);
  return read.value;
}

test('the standalone HTML opens from disk and asks nothing of the network', async ({
  page,
  context,
}, testInfo) => {
  const timeline = await openTimelineData(page);
  // The same template and filling as the Export menu's "Standalone HTML" (downloadStandaloneHtml).
  const template = readFileSync('dist/standalone/reader.html', 'utf8');
  const file = testInfo.outputPath('story.html');
  writeFileSync(file, fillStandaloneTemplate(template, timeline));
  const url = pathToFileURL(file).href;

  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await context.setOffline(true);
  await page.goto(url);

  const region = page.getByRole('region', { name: 'Timeline' });
  await expect(region.locator('.vis-item-content')).toHaveCount(timeline.events.length);
  const list = page.getByRole('list', { name: 'Events' });
  await expect(list.getByRole('button')).toHaveCount(timeline.events.length);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(timeline.title);
  await list.getByRole('button').nth(2).click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.locator('blockquote').first()).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);

  expect(requests).toEqual([url]);
  expect(problems).toEqual([]);
  const size = readFileSync(file).length;
  testInfo.annotations.push({ type: 'standalone size', description: `${size} bytes` });
  console.log(`standalone HTML of the seed timeline: ${(size / 1024).toFixed(1)} KB`);
});
