import { expect, test } from '@playwright/test';
import { expectHashEvent, expectSelected, openTimeline, parts, titleOfButton } from './support.ts';

test('a link to #event=<id> opens with that event selected', async ({ page }) => {
  await openTimeline(page);
  const button = parts(page).listButtons.nth(3);
  const title = await titleOfButton(button);
  await button.click();
  const id = await expectHashEvent(page);

  await page.goto('about:blank');
  await openTimeline(page, `#event=${encodeURIComponent(id)}`);
  await expectSelected(page, title);

  await page.reload();
  await expectSelected(page, title);
});

test('changing the hash selects the event it names', async ({ page }) => {
  await openTimeline(page);
  const { listButtons } = parts(page);
  await listButtons.nth(1).click();
  const first = await expectHashEvent(page);
  await listButtons.nth(4).click();
  const title = await titleOfButton(listButtons.nth(1));
  await page.evaluate((id) => {
    window.location.hash = `event=${encodeURIComponent(id)}`;
  }, first);
  await expectSelected(page, title);
});

test('an unknown event id selects nothing and is cleared', async ({ page }) => {
  await openTimeline(page, '#event=no-such-event');
  await expect(parts(page).details).toContainText('Select an event');
  await expect.poll(() => new URL(page.url()).hash).toBe('');
});
