import { expect, test, type Page } from '@playwright/test';
import { openTimeline, parts, titleOfButton } from './support.ts';

const SHOTS = process.env.SHOTS_DIR;

async function listTitles(page: Page): Promise<string[]> {
  const buttons = parts(page).listButtons;
  const out: string[] = [];
  for (let i = 0; i < (await buttons.count()); i++) out.push(await titleOfButton(buttons.nth(i)));
  return out;
}

const quizList = (page: Page) => page.getByRole('list', { name: 'Quiz' });

async function quizTitles(page: Page): Promise<string[]> {
  return quizList(page).locator('.quiz-title').allTextContents();
}

test('Quiz: shuffled with dates hidden, put in order from the keyboard, Reveal marks all right', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openTimeline(page);
  const truth = await listTitles(page);
  await page.getByRole('button', { name: 'Quiz' }).click();
  const list = quizList(page);
  await expect(list.getByRole('listitem')).toHaveCount(truth.length);
  const shuffled = await quizTitles(page);
  expect([...shuffled].sort()).toEqual([...truth].sort());
  expect(shuffled).not.toEqual(truth);
  // Dates are hidden until Reveal.
  await expect(list).not.toContainText('2012');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/quiz-before.png` });

  // Selection sort by keys only: ↑/↓ move the focus, Alt+↑ moves the focused event.
  for (let target = 0; target < truth.length; target++) {
    const current = await quizTitles(page);
    const from = current.indexOf(truth[target] ?? '');
    await list.getByRole('listitem').nth(from).focus();
    for (let i = from; i > target; i--) await page.keyboard.press('Alt+ArrowUp');
    await expect(list.getByRole('listitem').nth(target)).toBeFocused();
  }
  expect(await quizTitles(page)).toEqual(truth);
  await expect(page.getByRole('status').filter({ hasText: 'moved to position' })).toBeVisible();

  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(
    page.getByText(`${truth.length} of ${truth.length} in the right place`, { exact: true }),
  ).toBeVisible();
  await expect(list.locator('.quiz-mark')).toHaveText(truth.map(() => '✓ Right'));
  await expect(list).toContainText('2012');
  // The true timeline is drawn.
  const drawn = page.getByRole('region', { name: 'True timeline' }).locator('.vis-item-content');
  await expect(drawn.first()).toBeVisible({ timeout: 15_000 });
  await expect(drawn).toHaveCount(truth.length);

  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(page.getByRole('button', { name: 'Quiz' })).toBeFocused();
});

test('Quiz: drag and the Move buttons reorder; Reveal marks wrong places wrong', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openTimeline(page);
  const truth = await listTitles(page);
  const trueDates = await parts(page).list.locator('.event-date').allTextContents();
  await page.getByRole('button', { name: 'Quiz' }).click();
  const list = quizList(page);
  await expect(list.getByRole('listitem')).toHaveCount(truth.length);
  const before = await quizTitles(page);

  // Drag the last event onto the first place.
  const items = list.getByRole('listitem');
  await items.nth(before.length - 1).dragTo(items.nth(0));
  const dragged = await quizTitles(page);
  expect(dragged[0]).toBe(before[before.length - 1]);
  expect(dragged.slice(1)).toEqual(before.slice(0, -1));

  // The buttons do the same without a mouse drag.
  await list.getByRole('button', { name: `Move down: ${dragged[0]}` }).click();
  const moved = await quizTitles(page);
  expect(moved.slice(0, 2)).toEqual([dragged[1], dragged[0]]);

  await page.getByRole('button', { name: 'Reveal' }).click();
  const marks = await list.locator('.quiz-mark').allTextContents();
  // Right where the event has the date of the event the true order puts there (events
  // on the same date may swap places).
  const shownDates = await list.locator('.quiz-date').allTextContents();
  const expected = shownDates.map((date, i) => (date === trueDates[i] ? '✓ Right' : '✗ Wrong'));
  expect(marks).toEqual(expected);
  expect(marks).toContain('✗ Wrong');
  const right = expected.filter((m) => m === '✓ Right').length;
  await expect(
    page.getByText(`${right} of ${truth.length} in the right place`, { exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'True timeline' }).locator('.vis-item-content').first(),
  ).toBeVisible({ timeout: 15_000 });
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/quiz-after.png`, fullPage: false });
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(list.locator('.quiz-mark')).toHaveCount(0);
});
