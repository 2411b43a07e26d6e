import { expect, test, type Page } from '@playwright/test';
import { openTimeline, parts } from './support.ts';

const SEED_TITLE = /^Kazakhstan: Opposition Leaders/;

async function timelinesPage(page: Page) {
  await page.getByRole('button', { name: 'Timelines', exact: true }).click();
  const list = page.getByRole('list', { name: 'Timelines' });
  await expect(list).toBeVisible();
  return list;
}

test('the example is listed like any timeline: renamed, duplicated, deleted, undone, restored', async ({
  page,
}) => {
  await openTimeline(page);
  let list = await timelinesPage(page);
  await expect(list.getByRole('listitem')).toHaveCount(1);
  const item = list
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: SEED_TITLE }) });
  await expect(item).toContainText(/\d+ events · Eurasianet · last change/);

  // Rename
  await item.getByRole('button', { name: /^Rename/ }).click();
  await page.getByLabel(/^New name for/).fill('Almaty protests');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(list.getByRole('button', { name: /^Almaty protests/ })).toBeVisible();

  // Duplicate
  await list.getByRole('button', { name: 'Duplicate “Almaty protests”' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('button', { name: /^Almaty protests \(copy\)/ })).toBeVisible();

  // Delete, then undo
  await list.getByRole('button', { name: 'Delete “Almaty protests (copy)”' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // Delete the example; a reload keeps it gone; it can be brought back.
  await list.getByRole('button', { name: 'Delete “Almaty protests”' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.reload();
  list = await timelinesPage(page);
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Restore the example timeline' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list.getByRole('button', { name: /^Almaty protests$/ }).click();
  await expect(parts(page).listButtons.first()).toBeVisible({ timeout: 15_000 });
});

test('two tabs on one timeline never overwrite each other silently', async ({ page, context }) => {
  test.setTimeout(90_000);
  await openTimeline(page);
  const other = await context.newPage();
  await other.goto('/');
  // The saved reading shows at once; the article is read again in the background.
  await expect(parts(other).listButtons.first()).toBeVisible({ timeout: 15_000 });
  await expect(other.getByRole('status').first()).not.toHaveText(/Reading/, { timeout: 20_000 });

  // Tab 1 changes the timeline: tab 2 hears of it at once.
  await page.bringToFront();
  await page.getByLabel('Publication date').fill('2012-02-28');
  await expect(other.getByRole('alert')).toContainText('This timeline was changed in another tab');
  await expect(other.getByRole('alert')).toContainText('has stopped saving it');

  // Tab 2 keeps its own version as a copy; tab 1's stays as it saved it.
  await other.bringToFront();
  await other.getByRole('button', { name: 'Keep this tab’s version as a copy' }).click();
  await expect(other.getByRole('alert')).toHaveCount(0);
  const list = await timelinesPage(other);
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('button', { name: /\(this tab’s copy\)$/ })).toBeVisible();

  await page.bringToFront();
  await page.reload();
  await expect(page.getByLabel('Publication date')).toHaveValue('2012-02-28', { timeout: 15_000 });
});

test('without browser storage the app says so, works in memory and offers a download', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await openTimeline(page);
  await expect(page.getByRole('alert')).toContainText('Timelines cannot be saved in this browser');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download timeline (JSON)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.datelines\.json$/);
});
