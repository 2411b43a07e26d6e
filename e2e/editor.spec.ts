import { expect, test, type Page } from '@playwright/test';
import { openTimeline, parts, titleOfButton } from './support.ts';

const SHOTS = process.env.EDITOR_SHOTS;

async function eventCount(page: Page): Promise<number> {
  return parts(page).listButtons.count();
}

/** Selects words in the article the way a drag with the mouse does, from the first to the last. */
async function selectWords(page: Page, words: string): Promise<void> {
  const article = parts(page).article;
  const box = await article.locator('.article-text').boundingBox();
  expect(box).not.toBeNull();
  const found = await page.evaluate((text) => {
    const root = document.querySelector('.article-text');
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return true;
    }
    return false;
  }, words);
  expect(found).toBe(true);
}

test('correct a date, see it set by hand, then undo and redo with buttons and keys', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTimeline(page);
  const { details, listButtons, list } = parts(page);
  await listButtons.nth(1).click();
  const title = await titleOfButton(listButtons.nth(1));
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(title);
  const before = await details.locator('.details-date').innerText();

  await details.getByRole('button', { name: 'Edit event' }).click();
  await details.getByLabel('Event title').fill('Corrected by the desk');
  await details.getByLabel('Start date').fill('2011-01-15');
  await details.getByLabel('End date').fill('');
  await details.getByLabel('Precision').selectOption('day');
  await details.getByRole('button', { name: 'Save' }).click();

  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Corrected by the desk');
  await expect(details.locator('.details-date')).toContainText('15 January 2011');
  await expect(details.getByText('set by hand').first()).toBeVisible();
  await expect(
    details
      .getByText(`The engine read: ${before.replace('set by hand', '').trim()}`, { exact: false })
      .first(),
  ).toBeVisible();
  // The list is in date order: 15 January 2011 comes first now.
  await expect(listButtons.first()).toHaveAccessibleName(/^Corrected by the desk, 15 January 2011/);
  if (SHOTS) await page.screenshot({ path: 'test-results/editor-1280-edited.png' });

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('button', { name: /^Corrected by the desk/ })).toHaveCount(0);
  await expect(page.getByText('Undone: Edit event')).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(list.getByRole('button', { name: /^Corrected by the desk/ })).toHaveCount(1);

  // The keys work anywhere but in a text field.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(list.getByRole('button', { name: /^Corrected by the desk/ })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(list.getByRole('button', { name: /^Corrected by the desk/ })).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(list.getByRole('button', { name: /^Corrected by the desk/ })).toHaveCount(1);
});

test('refuses an impossible date next to the field and keeps the event as it was', async ({
  page,
}) => {
  await openTimeline(page);
  const { details, listButtons } = parts(page);
  await listButtons.nth(0).click();
  await details.getByRole('button', { name: 'Edit event' }).click();
  await details.getByLabel('Event title').fill('  ');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details.getByText('Give the event a title.')).toBeVisible();
  await expect(details.getByLabel('Event title')).toBeFocused();
  await details.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('delete an event, undo it with Ctrl+Z and redo it with the button', async ({ page }) => {
  await openTimeline(page);
  const { details, listButtons, list } = parts(page);
  const count = await eventCount(page);
  const title = await titleOfButton(listButtons.nth(2));
  await listButtons.nth(2).click();
  await details.getByRole('button', { name: 'Delete event' }).click();
  await expect(listButtons).toHaveCount(count - 1);
  await expect(
    list.getByRole('button', {
      name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    }),
  ).toHaveCount(0);
  // The next event is shown, so work goes on.
  await expect(details.getByRole('button', { name: 'Delete event' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(listButtons).toHaveCount(count);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(listButtons).toHaveCount(count - 1);
});

test('add an event from a selection in the article, quoting exactly the words', async ({
  page,
}) => {
  await openTimeline(page);
  const { details, article, list } = parts(page);
  const count = await eventCount(page);
  const add = article.getByRole('button', { name: 'Add event from selection' });
  await expect(add).toBeDisabled();
  // Words of the article no event quotes yet.
  const words = await page.evaluate(() => {
    const span = [...document.querySelectorAll('.article-text p > span')].find(
      (s) => (s.textContent ?? '').trim().split(/\s+/).length > 8,
    );
    return (span?.textContent ?? '').trim().split(/\s+/).slice(0, 7).join(' ');
  });
  expect(words.split(' ')).toHaveLength(7);
  await selectWords(page, words);
  await expect(add).toBeEnabled();
  await add.click();
  await expect(parts(page).listButtons).toHaveCount(count + 1);
  await expect(details.locator('blockquote').first()).toHaveText(words);
  await expect(article.locator('mark.is-selected').first()).toBeVisible();
  await expect(list.locator('button[aria-current="true"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(parts(page).listButtons).toHaveCount(count);
});

test('choose two events with Ctrl-click, merge them, and see the sources disagree', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTimeline(page);
  const { details, listButtons, timeline } = parts(page);
  const count = await eventCount(page);
  await listButtons.nth(0).click();
  await listButtons.nth(2).click({ modifiers: ['Control'] });
  await expect(listButtons.nth(0)).toHaveAttribute('aria-pressed', 'true');
  await expect(listButtons.nth(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(listButtons.nth(1)).toHaveAttribute('aria-pressed', 'false');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('2 events selected');
  await details.getByRole('button', { name: 'Merge events' }).click();
  await expect(listButtons).toHaveCount(count - 1);
  await expect(details.getByText('Sources disagree')).toBeVisible();
  await expect(details.locator('blockquote'))
    .toHaveCount(2, { timeout: 2000 })
    .catch(async () => {
      expect(await details.locator('blockquote').count()).toBeGreaterThanOrEqual(2);
    });
  await expect(details.locator('.source-date')).not.toHaveCount(0);
  await expect(timeline.locator('.vis-item.tl-disagree')).toHaveCount(1);
  await expect(timeline.locator('.tl-badge-disagree')).toHaveText('Sources disagree');
  if (SHOTS) await page.screenshot({ path: 'test-results/editor-1280-merged.png' });
  await page.keyboard.press('Control+z');
  await expect(listButtons).toHaveCount(count);
});

test('Shift-click and Shift+Arrow choose a run of events', async ({ page }) => {
  await openTimeline(page);
  const { listButtons, details } = parts(page);
  await listButtons.nth(0).click();
  await listButtons.nth(2).click({ modifiers: ['Shift'] });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('3 events selected');
  await listButtons.nth(3).click();
  await listButtons.nth(3).focus();
  await page.keyboard.press('Shift+ArrowDown');
  await expect(listButtons.nth(4)).toBeFocused();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('2 events selected');
  await expect(listButtons.nth(3)).toHaveAttribute('aria-pressed', 'true');
  await expect(listButtons.nth(4)).toHaveAttribute('aria-pressed', 'true');
});

test('desktop: the timeline stays in view while the article scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTimeline(page);
  const { timeline, article, listButtons } = parts(page);
  await listButtons.last().click();
  await article.hover();
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(300);
  await expect(timeline).toBeInViewport({ ratio: 0.9 });
  const scrolled = await article.evaluate((el) => el.scrollTop);
  expect(scrolled).toBeGreaterThan(0);
  if (SHOTS) await page.screenshot({ path: 'test-results/editor-1280-scrolled.png' });
});

test('phone: edit an event at 360 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openTimeline(page);
  const { details, listButtons } = parts(page);
  await listButtons.nth(1).click();
  await details.getByRole('button', { name: 'Edit event' }).click();
  await expect(details.getByLabel('Start date')).toBeVisible();
  const wide = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(wide).toBe(false);
  if (SHOTS) {
    await details.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/editor-360-form.png' });
  }
  await details.getByLabel('Status').selectOption('planned');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details.locator('.status-badge').first()).toHaveText(/planned/i);
  if (SHOTS) await page.screenshot({ path: 'test-results/editor-360-saved.png', fullPage: false });
});
