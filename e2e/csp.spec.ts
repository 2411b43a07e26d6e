import { expect, test, type Page } from '@playwright/test';
import { openTimeline, parts } from './support.ts';

/** Records every Content-Security-Policy violation the page reports. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

async function policyOf(page: Page): Promise<string> {
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  return (await meta.getAttribute('content')) ?? '';
}

function expectStrictScripts(policy: string) {
  const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).not.toBe('');
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
}

test('the app runs under its policy: no inline script, no eval', async ({ page }) => {
  const violations = await watchViolations(page);
  await openTimeline(page);
  expectStrictScripts(await policyOf(page));
  // The engine's worker, vis-timeline, moment and React at work: select, zoom, read again.
  await parts(page).listButtons.nth(1).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByLabel('Publication date').fill('2012-03-01');
  await expect(parts(page).timeline.getByText('Published 1 Mar 2012')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/dated events? found/, { timeout: 30_000 });
  expect(await violations()).toEqual([]);
});

test('the reader runs under its policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await openTimeline(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
  await page.goto(src);
  expectStrictScripts(await policyOf(page));
  const region = page.getByRole('region', { name: 'Timeline' });
  await expect(region.locator('.vis-item-content').first()).toBeVisible();
  await page.getByRole('list', { name: 'Events' }).getByRole('button').first().click();
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('+');
  expect(await violations()).toEqual([]);
});
