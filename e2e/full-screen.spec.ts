import { expect, test } from '@playwright/test';
import { expectSelected, openTimeline, parts, titleOfButton } from './support.ts';

const rootFontSize = () => parseFloat(getComputedStyle(document.documentElement).fontSize);

test('full screen: bigger type, and ← / → step through the events from the start', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openTimeline(page);
  const windowed = await page.evaluate(rootFontSize);
  await page.getByRole('button', { name: 'Full screen' }).click();
  const entered = await page
    .waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 3000 })
    .then(() => true)
    .catch(() => false);
  test.skip(!entered, 'this browser refused full screen');

  await expect(page.getByRole('button', { name: 'Exit full screen' })).toBeFocused();
  expect(await page.evaluate(rootFontSize)).toBeGreaterThanOrEqual(windowed * 1.2);
  // The focus is still on the button: the arrows work anyway.
  const { listButtons } = parts(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectSelected(page, await titleOfButton(listButtons.nth(1)));
  await page.keyboard.press('ArrowLeft');
  await expectSelected(page, await titleOfButton(listButtons.nth(0)));
});
