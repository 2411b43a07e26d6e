import { expect, test } from '@playwright/test';
import { openTimeline, parts } from './support.ts';

// Writes the README picture; run with UPDATE_SCREENSHOT=1 so ordinary test runs leave docs/ alone.
test('docs/screenshot.png: the seed timeline with an event selected', async ({ page }) => {
  test.skip(
    !process.env.UPDATE_SCREENSHOT,
    'set UPDATE_SCREENSHOT=1 to rewrite docs/screenshot.png',
  );
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTimeline(page);
  const { listButtons } = parts(page);
  const jailed = listButtons.filter({ hasText: /jail/i });
  await ((await jailed.count()) > 0 ? jailed.first() : listButtons.nth(3)).click();
  await expect(parts(page).details.locator('blockquote').first()).toBeVisible();
  // The picture starts at the top of the page: the header names the article and its
  // publication date, then come the timeline and the selected event's details.
  // The details scroll in their own column: show the selected event's title there first.
  await parts(page).details.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  await expect(parts(page).details.getByRole('heading', { level: 2 })).toBeInViewport();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400); // let the timeline's move animation finish
  await page.screenshot({ path: 'docs/screenshot.png' });
});
