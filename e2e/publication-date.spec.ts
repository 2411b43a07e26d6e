import { expect, test } from '@playwright/test';
import { openTimeline, parts } from './support.ts';

test('an empty publication date is refused and the timeline stays', async ({ page }) => {
  await openTimeline(page);
  const count = await parts(page).listButtons.count();
  const field = page.getByLabel('Publication date');
  await field.fill('');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter a complete publication date')).toBeVisible();
  await expect(page.getByText('The timeline still uses 27 February 2012')).toBeVisible();
  await expect(parts(page).listButtons).toHaveCount(count);

  await field.fill('2012-02-28');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status')).toHaveText(/dated events? found/);
  await expect(parts(page).timeline.getByText('Published 28 Feb 2012')).toBeVisible();
  await expect(parts(page).listButtons).toHaveCount(count);
});
