import { expect, test } from '@playwright/test';
import { eventsInDateOrder } from '../src/app/state/selectors.ts';
import { archiveProject } from './generatedProject.ts';
import { openTimeline, parts, titleOfButton } from './support.ts';

// One file for both tests: 10,000 events, about 19 MB of JSON.
const archive = archiveProject(10_000);
const json = JSON.stringify(archive);
/** The archive's earliest event, the first the Events list shows. */
const first = eventsInDateOrder(archive.events)[0]!;

test.describe('a native file of 10,000 events', () => {
  test.setTimeout(180_000);

  test('imports, lists every event, shows a chosen one, and opens again after a reload', async ({
    page,
  }, testInfo) => {
    await openTimeline(page);
    await page.getByLabel('Import file').setInputFiles({
      name: 'archive.datelines.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    // Checked off the page: the page says so meanwhile.
    const status = page.getByRole('status').filter({ hasText: 'archive.datelines.json' });
    const opened = page.getByRole('status').filter({ hasText: /^Opened / });
    await expect(status.or(opened)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('10k-import-under-way.png') });
    await expect(opened).toHaveText(/Opened “Archive of 10,000 events”: 10000 events\./, {
      timeout: 60_000,
    });
    // While the 19 MB are still being written, closing or reloading the tab asks first
    // (whether the browser shows its prompt is its own affair: the page asks for one).
    const asksBeforeLeaving = () =>
      page.evaluate(() => {
        const leaving = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(leaving);
        return leaving.defaultPrevented;
      });
    await expect.poll(asksBeforeLeaving).toBe(true);
    const { list, listButtons, details } = parts(page);
    await expect(page.getByRole('heading', { name: /^Events 10000$/ })).toBeVisible();
    expect(await titleOfButton(listButtons.first())).toBe(first.title);
    await expect(parts(page).timelineItems.first()).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: testInfo.outputPath('10k-imported.png') });

    // The keyboard reaches past the rows first drawn, and the details follow.
    await listButtons.first().click();
    await expect(details).toContainText(first.title);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    const chosen = list.locator('[aria-current="true"]');
    await expect(chosen).toHaveCount(1);
    const title = await titleOfButton(chosen);
    await expect(details).toContainText(title);

    // Saved (19 MB take a while to write): it is listed on the Timelines page...
    const timelinesButton = page.getByRole('button', { name: 'Timelines', exact: true });
    const timelines = page.getByRole('region', { name: 'Timelines' });
    await expect(async () => {
      // Back to the editor first, so that the button opens the page, with its list read anew.
      if (await timelines.isVisible()) await timelinesButton.click();
      await timelinesButton.click();
      await expect(
        timelines.getByRole('button', { name: 'Archive of 10,000 events', exact: true }),
      ).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 120_000 });
    await expect.poll(asksBeforeLeaving, { timeout: 60_000 }).toBe(false);
    // ...and a reload opens it again from storage, the same event chosen.
    await page.reload();
    await expect(page.getByRole('heading', { name: /^Events 10000$/ })).toBeVisible({
      timeout: 60_000,
    });
    await expect(details).toContainText(title);
    expect(await titleOfButton(listButtons.first())).toBe(first.title);
  });

  test('with one bad event, is refused naming it, and the open timeline stays', async ({
    page,
  }) => {
    await openTimeline(page);
    const before = await titleOfButton(parts(page).listButtons.first());
    const bad = JSON.parse(json) as { events: { date: { start: { precision: string } } }[] };
    bad.events[7000]!.date.start.precision = 'fortnight';
    await page.getByLabel('Import file').setInputFiles({
      name: 'archive-bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('“archive-bad.json” was not opened', { timeout: 60_000 });
    await expect(alert).toContainText('events[7000].date.start.precision');
    expect(await titleOfButton(parts(page).listButtons.first())).toBe(before);
  });
});
