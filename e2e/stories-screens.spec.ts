import { expect, test } from '@playwright/test';
import { parts } from './support.ts';

// Pictures of the New timeline form and the Timelines page on a desktop and a phone, for
// looking at (the README's picture of the form is written by docs-screenshots.spec.ts).
for (const [label, width, height] of [
  ['desktop', 1280, 800],
  ['phone', 360, 740],
] as const) {
  test(`the form and the Timelines page fit a ${width}px screen`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height });
    test.setTimeout(120_000);
    await page.goto('/');
    await expect(parts(page).listButtons.first()).toBeVisible({ timeout: 60_000 });
    await page.getByRole('button', { name: 'New timeline', exact: true }).click();
    const form = page.getByRole('form', { name: 'New timeline' });
    await form.getByLabel('Open file').setInputFiles('src/app/import/fixtures/wire-story.html');
    await expect(form.getByRole('button', { name: /^Use / })).toBeVisible();
    // Nothing runs off the side of a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    await page.screenshot({ path: testInfo.outputPath(`form-${label}.png`), fullPage: true });
    await form.getByRole('button', { name: /^Use / }).click();
    await form.getByRole('button', { name: 'Extract events' }).click();
    await expect(
      page.getByRole('list', { name: 'Events' }).getByRole('button').first(),
    ).toBeVisible({
      timeout: 60_000,
    });
    await page.getByRole('button', { name: 'Timelines', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Timelines' }).getByRole('listitem')).toHaveCount(
      2,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    await page.screenshot({ path: testInfo.outputPath(`timelines-${label}.png`), fullPage: true });
  });
}
