import { expect, test } from '@playwright/test';
import { openTimeline, parts } from './support.ts';

test.describe('the seed timeline', () => {
  test('lists every event the timeline draws, in date order', async ({ page }) => {
    await openTimeline(page);
    const { listButtons, timelineItems } = parts(page);
    const count = await listButtons.count();
    expect(count).toBeGreaterThan(5);
    await expect(timelineItems).toHaveCount(count);
    await expect(page.getByRole('heading', { name: 'Datelines' })).toBeVisible();
  });

  test('marks the event called for 24 March 2012 as planned', async ({ page }) => {
    await openTimeline(page);
    const { list, timeline } = parts(page);
    const planned = list.getByRole('button', { name: /24 March 2012, planned$/ });
    await expect(planned).toHaveCount(1);
    await expect(timeline.locator('.vis-item.tl-planned .tl-badge').first()).toHaveText('Planned');
    await planned.click();
    await expect(page.getByRole('region', { name: 'Event details' })).toContainText('Planned');
  });

  test('shows an event known only to the month, December 2011', async ({ page }) => {
    await openTimeline(page);
    const { list, timeline } = parts(page);
    await expect(list.getByRole('button', { name: /, December 2011/ }).first()).toBeVisible();
    // Month-only dates are drawn as hatched ranges across the month.
    await expect(timeline.locator('.vis-range.tl-imprecise').first()).toBeVisible();
  });

  test('puts every source passage of every event in a mark in the article', async ({ page }) => {
    await openTimeline(page);
    const { article } = parts(page);
    expect(await article.locator('mark').count()).toBeGreaterThanOrEqual(
      await parts(page).listButtons.count(),
    );
    await expect(page.getByRole('region', { name: 'Event details' })).toContainText(
      'Select an event on the timeline or in the list',
    );
  });

  test('labels the publication date on the timeline', async ({ page }) => {
    await openTimeline(page);
    await expect(parts(page).timeline.getByText('Published 27 Feb 2012')).toBeVisible();
  });
});
