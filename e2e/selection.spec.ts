import { expect, test } from '@playwright/test';
import { expectSelected, hashEventId, openTimeline, parts, titleOfButton } from './support.ts';

test.describe('selecting an event', () => {
  test('by clicking its item on the timeline', async ({ page }) => {
    await openTimeline(page);
    const { timeline } = parts(page);
    const item = timeline.locator('.vis-item-content').nth(1);
    const title = (await item.locator('.tl-title').textContent()) ?? '';
    await item.click();
    await expectSelected(page, title);
  });

  test('by its button in the Events list', async ({ page }) => {
    await openTimeline(page);
    const button = parts(page).listButtons.nth(2);
    const title = await titleOfButton(button);
    await button.click();
    await expect(button).toHaveAccessibleName(new RegExp(`^${title}`));
    await expectSelected(page, title);
  });

  test('by clicking or pressing Enter on a mark in the article', async ({ page }) => {
    await openTimeline(page);
    const { article, details } = parts(page);
    const mark = article.locator('mark').first();
    const text = (await mark.textContent()) ?? '';
    await mark.click();
    // The mark's words are part of a quote of the event it selected.
    await expect(details.locator('blockquote').filter({ hasText: text.trim() })).not.toHaveCount(0);
    const title = (await details.getByRole('heading', { level: 2 }).textContent()) ?? '';
    await expectSelected(page, title);

    const otherId = await article
      .locator('mark:not(.is-selected)')
      .first()
      .getAttribute('data-event-id');
    const other = article.locator(`mark[data-event-id="${otherId}"]`).first();
    await other.focus();
    await page.keyboard.press('Enter');
    await expect(other).toHaveClass(/is-selected/);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#event=${otherId}`);
  });

  test('clicking a passage shared by several events again selects the next one', async ({
    page,
  }) => {
    await openTimeline(page);
    const shared = parts(page).article.locator('mark[data-events*=" "]').first();
    test.skip((await shared.count()) === 0, 'no passage is shared by two events');
    const ids = ((await shared.getAttribute('data-events')) ?? '').split(' ');
    await shared.click();
    await expect.poll(() => hashEventId(page)).toBe(ids[0]);
    await shared.click();
    await expect.poll(() => hashEventId(page)).toBe(ids[1]);
  });

  test('with the keyboard: Tab to the timeline, then the arrow keys', async ({ page }) => {
    await openTimeline(page);
    const { timeline, listButtons } = parts(page);
    // The header holds every tool (Timelines … Import) and the date field before the timeline.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await timeline.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(timeline).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expectSelected(page, await titleOfButton(listButtons.nth(0)));
    await page.keyboard.press('ArrowRight');
    await expectSelected(page, await titleOfButton(listButtons.nth(1)));
    await page.keyboard.press('ArrowLeft');
    await expectSelected(page, await titleOfButton(listButtons.nth(0)));
    await page.keyboard.press('End');
    await expectSelected(page, await titleOfButton(listButtons.last()));
    await page.keyboard.press('Home');
    await expectSelected(page, await titleOfButton(listButtons.first()));
    await page.keyboard.press('Escape');
    await expect(parts(page).details).toContainText('Select an event');
    await expect.poll(() => hashEventId(page)).toBeNull();
  });

  test('details quote the article word for word and can show the passage', async ({ page }) => {
    await openTimeline(page);
    const { listButtons, details, article } = parts(page);
    const articleText = (await article.locator('.article-text').textContent()) ?? '';
    const count = await listButtons.count();
    for (let i = 0; i < count; i++) {
      await listButtons.nth(i).click();
      await expect(details.getByText('How this date was worked out')).toBeVisible();
      for (const quote of await details.locator('blockquote').allTextContents()) {
        expect(articleText).toContain(quote);
      }
    }
    await details.getByRole('button', { name: 'Show in article' }).first().click();
    const focused = page.locator('mark:focus');
    await expect(focused).toHaveClass(/is-selected/);
    await expect(focused).toBeInViewport();
  });
});
