import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openTimeline, parts } from './support.ts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('axe finds no serious or critical problems', async ({ page }) => {
  await openTimeline(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe finds no serious or critical problems with an event selected', async ({ page }) => {
  await openTimeline(page);
  await parts(page).listButtons.nth(1).click();
  await expect(parts(page).details.getByRole('heading', { level: 2 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe finds no serious or critical problems on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openTimeline(page);
  await parts(page).listButtons.last().click();
  expect(await seriousViolations(page)).toEqual([]);
});
