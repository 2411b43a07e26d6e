import { expect, test, type Page } from '@playwright/test';
import { escapeRegExp, parts, submitArticle } from './support.ts';

// The Events list renders only the rows in view from 200 events on (VIRTUAL_FROM): the row
// marked as shown must always be the event the details show, however it was chosen.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'];
const PLACES = ['Northbridge', 'Eastfield', 'Harrow Vale', 'Milltown', 'Saltmarsh', 'Oakham'];

/** A long council diary written for this test: one dated entry per sentence. */
function longArticle(entries: number): string {
  const lines: string[] = [];
  for (let i = 0; i < entries; i++) {
    const day = (i % 27) + 1;
    const month = MONTHS[Math.floor(i / 27) % MONTHS.length]!;
    const year = 2001 + Math.floor(i / (27 * MONTHS.length));
    const place = PLACES[i % PLACES.length]!;
    lines.push(`On ${day} ${month} ${year}, the ${place} council approved budget line ${i + 1}.`);
  }
  return lines.join('\n');
}

async function expectShownRowMatchesDetails(page: Page) {
  const { details, list } = parts(page);
  const title = (await details.getByRole('heading', { level: 2 }).textContent())?.trim() ?? '';
  expect(title).not.toBe('');
  const current = list.locator('button[aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAccessibleName(new RegExp(`^${escapeRegExp(title)}, `));
  await expect(current).toBeInViewport();
  return title;
}

test('a list of over 200 events marks the event the details show, however it is chosen', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await expect(parts(page).listButtons.first()).toBeVisible({ timeout: 30_000 });
  await submitArticle(page, 'New timeline', {
    text: longArticle(240),
    title: 'Council diary',
    date: '2004-01-01',
  });
  const { list, listButtons, timeline } = parts(page);
  await expect(page.getByRole('heading', { name: 'Council diary' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(listButtons.first()).toHaveAttribute('aria-label', /council approved budget/, {
    timeout: 60_000,
  });
  // Virtual: every row says where it stands in the whole, and far fewer rows exist than events.
  const total = Number(await list.getByRole('listitem').first().getAttribute('aria-setsize'));
  expect(total).toBeGreaterThan(200);
  expect(await list.getByRole('listitem').count()).toBeLessThan(100);

  // A click on a row far down the list, after scrolling the list as a person does.
  const frame = page.locator('.event-list-frame');
  for (const share of [0.5, 0.85, 0.2]) {
    await frame.evaluate((el, s) => (el.scrollTop = el.scrollHeight * s), share);
    const rows = listButtons.filter({ visible: true });
    await expect(rows.first()).toBeVisible();
    const row = rows.nth(Math.floor((await rows.count()) / 2));
    const name = (await row.getAttribute('aria-label')) ?? '';
    await row.click();
    const title = await expectShownRowMatchesDetails(page);
    expect(name.startsWith(`${title}, `)).toBe(true);
    await page.screenshot({ path: testInfo.outputPath(`long-list-${share}.png`) });
  }

  // Keys in the list: Down moves the focus, Enter shows that event.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expectShownRowMatchesDetails(page);

  // From the timeline: End shows the last event; the list brings its row into view.
  await timeline.focus();
  await page.keyboard.press('End');
  const last = await expectShownRowMatchesDetails(page);
  // Every entry is dated, so the last on the timeline is the last row of the list.
  await expect(list.locator('li:has(button[aria-current="true"])')).toHaveAttribute(
    'aria-posinset',
    String(total),
  );
  await page.keyboard.press('ArrowLeft');
  const before = await expectShownRowMatchesDetails(page);
  expect(before).not.toBe(last);
});
