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
  // The event chosen in the list shows its details, title first.
  await expect(parts(page).details.getByRole('heading', { level: 2 })).toBeInViewport();
  // A small correction works: the form fits the width and Save is reachable.
  await parts(page).details.getByRole('button', { name: 'Edit event' }).click();
  await parts(page).details.getByLabel('Event title').fill('Fixed on a phone');
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await parts(page).details.getByRole('button', { name: 'Save' }).click();
  await expect(parts(page).details.getByRole('heading', { level: 2 })).toHaveText(
    'Fixed on a phone',
  );
});

test('a 1280×720 projector keeps the timeline, the details and the chosen row in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openTimeline(page);
  const { details, list, listButtons, timeline } = parts(page);
  const last = listButtons.last();
  await last.click();
  // Nothing scrolls the page: the details, the list and the article scroll on their own.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(timeline).toBeInViewport({ ratio: 0.95 });
  await expect(details.getByRole('heading', { level: 2 })).toBeInViewport();
  await expect(list.locator('button[aria-current="true"]')).toBeInViewport();
  // The details are a usable size beside the timeline, not a sliver under it.
  const box = await details.boundingBox();
  expect(box && box.height).toBeGreaterThan(250);
  expect(box && box.width).toBeGreaterThan(380);
  await details.getByRole('button', { name: 'Edit event' }).click();
  await expect(details.getByRole('button', { name: 'Save' })).toBeInViewport();
  await expect(timeline).toBeInViewport({ ratio: 0.95 });
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
});

test('a projector gets the list and article side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openTimeline(page);
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  const article = await parts(page).article.boundingBox();
  const details = await parts(page).details.boundingBox();
  expect(article && details && article.x > details.x + details.width - 1).toBe(true);
});
