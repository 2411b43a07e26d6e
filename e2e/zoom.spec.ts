import { expect, test } from '@playwright/test';
import {
  isInTimelineView,
  openTimeline,
  parts,
  submitArticle,
  visibleWindow,
  windowWidth,
} from './support.ts';

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

test('a history told over centuries fits whole', async ({ page }) => {
  await openTimeline(page);
  await submitArticle(page, 'New timeline', {
    text: [
      'The abbey was founded in 1066, the year of the Norman conquest.',
      'A fire destroyed its library in 1540.',
      'The west tower was rebuilt in 1815.',
      'The abbey reopened to visitors in 2012 after a long restoration.',
    ].join('\n\n'),
    date: '2013-05-02',
  });
  await expect(parts(page).listButtons.first()).toBeVisible();

  await page.getByRole('button', { name: 'Fit all' }).click();
  const { timeline } = parts(page);
  await expect
    .poll(async () => {
      const { start, end } = await visibleWindow(timeline);
      return new Date(start).getFullYear() <= 1066 && new Date(end).getFullYear() >= 2012;
    })
    .toBe(true);
});
