import { expect, test } from '@playwright/test';
import { openTimeline, parts } from './support.ts';

const noHorizontalScroll = () =>
  document.documentElement.scrollWidth <= document.documentElement.clientWidth;

test('a 360 px phone gets one column and no horizontal scroll', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openTimeline(page);
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await parts(page).listButtons.nth(2).click();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  const article = await parts(page).article.boundingBox();
  const details = await parts(page).details.boundingBox();
  expect(article && details && article.y > details.y).toBe(true);
});

test('a projector gets the list and article side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openTimeline(page);
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  const article = await parts(page).article.boundingBox();
  const details = await parts(page).details.boundingBox();
  expect(article && details && article.x > details.x + details.width - 1).toBe(true);
});
