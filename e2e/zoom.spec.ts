import { expect, test } from '@playwright/test';
import { isInTimelineView, openTimeline, parts, windowWidth } from './support.ts';

test('Zoom in, Zoom out and Fit all change the visible window', async ({ page }) => {
  await openTimeline(page);
  const { timeline } = parts(page);
  const fitted = await windowWidth(timeline);
  expect(fitted).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => windowWidth(timeline)).toBeLessThan(fitted * 0.9);
  const zoomedIn = await windowWidth(timeline);

  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => windowWidth(timeline)).toBeGreaterThan(zoomedIn * 1.1);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => windowWidth(timeline)).toBeGreaterThan(fitted * 1.1);

  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => windowWidth(timeline)).toBeCloseTo(fitted, -6);
  // Every item is back in view after fitting.
  const items = parts(page).timelineItems;
  for (let i = 0; i < (await items.count()); i++) {
    await expect.poll(() => isInTimelineView(timeline, items.nth(i))).toBe(true);
  }
});

test('+ and - zoom from the keyboard', async ({ page }) => {
  await openTimeline(page);
  const { timeline } = parts(page);
  const fitted = await windowWidth(timeline);
  await timeline.focus();
  await page.keyboard.press('+');
  await expect.poll(() => windowWidth(timeline)).toBeLessThan(fitted * 0.9);
  const zoomedIn = await windowWidth(timeline);
  await page.keyboard.press('-');
  await expect.poll(() => windowWidth(timeline)).toBeGreaterThan(zoomedIn * 1.1);
  await page.keyboard.press('-');
  await expect.poll(() => windowWidth(timeline)).toBeGreaterThan(fitted * 1.1);
});

test('selecting an event off screen brings it into view', async ({ page }) => {
  await openTimeline(page);
  const { timeline, listButtons } = parts(page);
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  const selected = timeline.locator('.vis-selected .vis-item-content');
  await listButtons.first().click();
  await expect.poll(() => isInTimelineView(timeline, selected)).toBe(true);
  await listButtons.last().click();
  await expect.poll(() => isInTimelineView(timeline, selected)).toBe(true);
});
