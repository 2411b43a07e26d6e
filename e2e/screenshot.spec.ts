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
  // Start the picture at the timeline: it, the details and the article then all show.
  await parts(page).timeline.evaluate((el) =>
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 12),
  );
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400); // let the timeline's move animation finish
  await page.screenshot({ path: 'docs/screenshot.png' });
});
