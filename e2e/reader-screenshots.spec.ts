import { expect, test, type Page } from '@playwright/test';
import { openTimeline } from './support.ts';

/** The reader's address for the open timeline, as the Embed dialog writes it. */
async function readerAddress(page: Page): Promise<string> {
  await openTimeline(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  return /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
}

for (const theme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [1280, 800],
    [360, 740],
  ] as const) {
    test(`reader screenshot: ${theme}, ${width}x${height}`, async ({ page }, testInfo) => {
      const address = await readerAddress(page);
      await page.setViewportSize({ width, height });
      await page.goto(`${address}&theme=${theme}`);
      const region = page.getByRole('region', { name: 'Timeline' });
      await expect(region.locator('.vis-item-content').first()).toBeVisible();
      await page.getByRole('list', { name: 'Events' }).getByRole('button').nth(2).click();
      await expect(
        page.getByRole('region', { name: 'Event details' }).locator('blockquote').first(),
      ).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Nothing wider than the screen: no sideways scrolling on a phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.waitForTimeout(400); // the timeline's move to the selected event
      await page.screenshot({
        path: testInfo.outputPath(`reader-${theme}-${width}x${height}.png`),
        fullPage: true,
      });
    });
  }
}
