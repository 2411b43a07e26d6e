import { expect, test } from '@playwright/test';
import { openTimeline, parts, titleOfButton } from './support.ts';

const SHOTS = process.env.SHOTS_DIR;

test('printing gives a clean handout: title, sources, the events in date order with dates and quotes', async ({
  page,
}) => {
  await openTimeline(page);
  const { listButtons } = parts(page);
  const count = await listButtons.count();
  const titles: string[] = [];
  for (let i = 0; i < count; i++) titles.push(await titleOfButton(listButtons.nth(i)));
  const dates = await parts(page).list.locator('.event-date').allTextContents();
  const articleTitle = (await page.locator('.article-title').textContent()) ?? '';

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(articleTitle);
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources).toBeVisible();
  await expect(sources).toContainText('Eurasianet');
  await expect(sources).toContainText('published 27 February 2012');

  const events = page.getByRole('list', { name: 'Events' });
  await expect(events).toBeVisible();
  const items = events.getByRole('listitem');
  await expect(items).toHaveCount(count);
  await expect(items.locator('.print-title')).toHaveText(titles);
  await expect(items.locator('.print-date')).toHaveText(
    dates.map((d) => new RegExp(`^${d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)),
  );
  // Every event quotes the passage it came from.
  for (let i = 0; i < count; i++) {
    await expect(items.nth(i).locator('blockquote').first()).toHaveText(/^“.+”$/s);
  }

  // No app chrome: zoom, the toolbar, the timeline, editing controls.
  for (const name of ['Zoom in', 'Zoom out', 'Fit all', 'Present', 'Quiz', 'Export', 'Import']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  await expect(page.getByLabel('Publication date')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Article' })).toBeHidden();
  await expect(page.locator('button:visible, input:visible')).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/print.png`, fullPage: true });

  // Back on screen, the handout is gone and the app is back.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-handout')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export' })).toBeVisible();
});
