import { expect, test, type Page } from '@playwright/test';
import { isInTimelineView, parts, windowWidth } from './support.ts';

/** The bench page with 10,000 generated events, once the timeline has drawn. */
async function openBench(page: Page) {
  await page.goto('/bench.html?n=10000&seed=1');
  const { timeline } = parts(page);
  await expect(timeline.locator('.vis-item').first()).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => 'window' in (window.__bench ?? {}));
}

const clusters = (page: Page) =>
  parts(page).timeline.getByRole('button', { name: /^\d+ (events|longer events)/ });
/** Single events drawn in the timeline (points and bars with a title). */
const eventItems = (page: Page) => parts(page).timeline.locator('.vis-item .tl-title');

/** How many single events show inside the drawing's visible width. */
function eventsInView(page: Page): Promise<number> {
  return parts(page)
    .timeline.locator('.vis-center')
    .evaluate((center) => {
      const frame = center.getBoundingClientRect();
      return [...center.querySelectorAll('.vis-item .tl-title')].filter((title) => {
        const box = title.getBoundingClientRect();
        return box.width > 0 && box.left >= frame.left && box.right <= frame.right;
      }).length;
    });
}

test.describe('a timeline of 10,000 events', () => {
  test('opens as clusters, zooms into one from the keyboard, and shows a chosen event', async ({
    page,
  }, testInfo) => {
    await openBench(page);
    const { timeline, details } = parts(page);
    // Zoomed out, the crowd is drawn as counts, and only a few items reach the drawing.
    await expect(clusters(page).first()).toBeVisible();
    expect(await timeline.locator('.vis-item-content').count()).toBeLessThan(200);
    await expect(clusters(page).first()).toHaveAccessibleName(
      /^\d+ events, .+: \d+ happened.*; \d+ to the (minute|day|month|year).*\. Enter zooms in to them\.$/,
    );
    await page.screenshot({ path: testInfo.outputPath('10k-zoomed-out.png') });
    // Fitted, nothing is cut off at the drawing's edges: not the first and last clusters,
    // not the publication date's label.
    const cutOff = await timeline.locator('.vis-center').evaluate((center) => {
      const frame = center.getBoundingClientRect();
      const root = center.closest('.vis-timeline') ?? center;
      const boxes = [
        ...root.querySelectorAll('.vis-item.tl-cluster'),
        ...root.querySelectorAll('.vis-custom-time-marker'),
      ].map((element) => element.getBoundingClientRect());
      return boxes.filter((box) => box.left < frame.left - 1 || box.right > frame.right + 1);
    });
    expect(cutOff).toEqual([]);

    // Enter on a focused cluster zooms to its stretch, until single events appear.
    for (let round = 0; round < 8 && (await eventsInView(page)) < 3; round++) {
      const before = await windowWidth(timeline);
      const cells = clusters(page).filter({ hasNotText: 'across' });
      // One from the middle of the drawing, not one cut off at its edge.
      const cluster = cells.nth(Math.floor((await cells.count()) / 2));
      await cluster.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => windowWidth(timeline)).toBeLessThan(before * 0.5);
    }
    expect(await eventsInView(page)).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: testInfo.outputPath('10k-zoomed-in.png') });

    // Choosing one of them shows its details and marks it in the list.
    const item = eventItems(page).nth(Math.floor((await eventItems(page).count()) / 2));
    const title = ((await item.textContent()) ?? '').trim();
    await item.click();
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(title);
    await expect(parts(page).list.locator('button[aria-current="true"] .event-title')).toHaveText(
      title,
    );
    await expect(timeline.locator('.vis-selected .tl-title')).toHaveText(title);
  });

  test('selecting an event from the list brings it into view, out of its cluster', async ({
    page,
  }) => {
    await openBench(page);
    const { timeline, list, details } = parts(page);
    // The list renders only some rows, but each says where it stands among all 10,000.
    await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '10000');
    expect(await list.getByRole('listitem').count()).toBeLessThan(100);

    // Keyboard through the whole list: End reaches the last of 10,000, Up the one before.
    await list.getByRole('button').first().focus();
    await page.keyboard.press('End');
    await expect(list.locator('li:has(button:focus)')).toHaveAttribute('aria-posinset', '10000');
    await page.keyboard.press('ArrowUp');
    await expect(list.locator('li:has(button:focus)')).toHaveAttribute('aria-posinset', '9999');
    const focused = list.locator('button:focus .event-title');
    const title = ((await focused.textContent()) ?? '').trim();
    await page.keyboard.press('Enter');
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(title);
    const selected = timeline.locator('.vis-selected .vis-item-content');
    await expect(selected).toHaveText(new RegExp(title.replace(/[()]/g, '\\$&')));
    await expect.poll(() => isInTimelineView(timeline, selected)).toBe(true);

    // Zoomed all the way out again, the chosen event is still drawn by itself.
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect(selected).toBeVisible();
  });
});
