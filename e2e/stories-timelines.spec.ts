import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
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

/** Gives an event a new title through "Edit event", as a person does. */
async function retitle(page: Page, index: number, title: string) {
  const { details, listButtons } = parts(page);
  await listButtons.nth(index).click();
  await details.getByRole('button', { name: 'Edit event' }).click();
  await details.getByLabel('Event title').fill(title);
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(title);
}

test('a full storage is reported, the work goes on in memory, is offered as a file and saved once there is room', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // The browser's storage fills up when the test says so: every write of a timeline then
  // fails as a full disk makes it fail in Chromium.
  await page.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its store below
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if ((window as { storageFull?: boolean }).storageFull && this.name === 'timelines')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    } as IDBObjectStore['put'];
  });
  const setFull = (full: boolean) =>
    page.evaluate((value) => ((window as { storageFull?: boolean }).storageFull = value), full);
  await openTimeline(page);
  const { list } = parts(page);
  await retitle(page, 0, 'Saved before the disk filled');
  await expect(page.getByRole('alert')).toHaveCount(0);

  await setFull(true);
  await retitle(page, 1, 'Edited with storage full');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Storage is full: your latest changes are not saved.');
  await expect(alert).toContainText('kept in this tab');

  // The timeline as it is now, edit included, comes as a native JSON file.
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download timeline (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.datelines\.json$/);
  const saved = JSON.parse(await readFile((await file.path()) ?? '', 'utf8')) as {
    format: string;
    events: { title: string }[];
  };
  expect(saved.format).toBe('datelines/2');
  expect(saved.events.map((e) => e.title)).toContain('Edited with storage full');

  // More edits: each is tried and still refused; nothing on screen is lost.
  const before = await parts(page).listButtons.count();
  await parts(page).details.getByRole('button', { name: 'Delete event' }).click();
  await expect(parts(page).listButtons).toHaveCount(before - 1);
  await retitle(page, 2, 'A third edit, still in memory');
  await expect(alert).toContainText('Storage is full');
  await expect(list.getByRole('button', { name: /^Saved before the disk filled/ })).toHaveCount(1);
  await expect(list.getByRole('button', { name: /^A third edit, still in memory/ })).toHaveCount(1);

  // Room again: the next change saves the timeline as it is now, the banner goes.
  await setFull(false);
  await retitle(page, 3, 'Saved once there was room');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Full again, then room: "Try saving again" saves without waiting for another change.
  await setFull(true);
  await retitle(page, 4, 'A fifth edit, made while full');
  await expect(alert).toContainText('Storage is full');
  await setFull(false);
  await alert.getByRole('button', { name: 'Try saving again' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(list.getByRole('button').first()).toBeVisible({ timeout: 15_000 });
  await expect(list.getByRole('button', { name: /^A third edit, still in memory/ })).toHaveCount(1);
  await expect(list.getByRole('button', { name: /^Saved before the disk filled/ })).toHaveCount(1);
  await expect(list.getByRole('button', { name: /^Saved once there was room/ })).toHaveCount(1);
  await expect(list.getByRole('button', { name: /^A fifth edit, made while full/ })).toHaveCount(1);
  await expect(parts(page).listButtons).toHaveCount(before - 1);
});
