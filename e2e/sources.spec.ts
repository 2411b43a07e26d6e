import { expect, test, type Page } from '@playwright/test';
import { openTimeline, parts, submitArticle } from './support.ts';

// Two reports of one walkout that disagree on its day (texts written for this test).
const FIRST = [
  'Council workers in Northbridge walked out on Monday over unpaid overtime, the union said.',
  'The council said talks with the union are scheduled for March 14.',
].join('\n');
const SECOND = [
  'Northbridge council workers walked out on Tuesday over unpaid overtime, union officials said.',
  'Bin collections were suspended across the city.',
].join('\n');

test.describe.configure({ timeout: 90_000 });

async function addStory(
  page: Page,
  form: 'New timeline' | 'Add article',
  story: { title: string; text: string; date: string; url: string },
) {
  await submitArticle(page, form, story);
  await expect(parts(page).article).toContainText(story.text.slice(0, 30), { timeout: 20_000 });
}

test('two articles on one walkout: accept the suggested merge and see the sources disagree', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTimeline(page);
  await addStory(page, 'New timeline', {
    title: 'Walkout at the council',
    text: FIRST,
    date: '2019-03-06',
    url: 'https://gazette.example/walkout',
  });
  await addStory(page, 'Add article', {
    title: 'Council strike hits bins',
    text: SECOND,
    date: '2019-03-07',
    url: 'https://herald.example/bins',
  });
  const { details, timeline, article } = parts(page);

  // The article view shows either article.
  const show = article.getByRole('combobox', { name: 'Show article' });
  await expect(show).toBeVisible();
  await show.selectOption({ label: '1. Walkout at the council (gazette.example)' });
  await expect(article).toContainText('talks with the union');

  // The walkout, told in both, is offered as one happening whose dates differ.
  const suggestions = page.getByRole('region', { name: /^Merge suggestions/ });
  await expect(suggestions).toBeVisible();
  await expect(suggestions).toContainText('their dates differ');
  await page.screenshot({
    path: `${process.env.EDITOR_SHOTS ?? 'test-results'}/sources-1280-suggested.png`,
  });
  await suggestions
    .getByRole('button', { name: /^Accept merge/ })
    .first()
    .click();

  await expect(details.getByText('Sources disagree')).toBeVisible();
  await expect(details.locator('.source-date')).toHaveCount(2);
  await expect(details.locator('.source-date').nth(0)).toContainText('4 March 2019');
  await expect(details.locator('.source-date').nth(1)).toContainText('5 March 2019');
  await expect(details.locator('.source-meta').nth(0)).toContainText('Walkout at the council');
  await expect(details.locator('.source-meta').nth(1)).toContainText('herald.example');
  await expect(timeline.locator('.tl-badge-disagree')).toHaveCount(1);
  if (process.env.EDITOR_SHOTS)
    await page.screenshot({ path: `${process.env.EDITOR_SHOTS}/sources-1280-disagree.png` });

  // "Show in article" for the second source brings up the second article.
  await show.selectOption({ index: 0 });
  await details.getByRole('button', { name: /Show in article \(passage 2 of 2\)/ }).click();
  await expect(show).toHaveValue((await show.locator('option').nth(1).getAttribute('value')) ?? '');
  await expect(article).toContainText('Bin collections');

  // Sources drawn in rows of their own, then together again.
  await page.getByRole('radio', { name: 'One row per article' }).check();
  await expect(timeline.locator('.vis-label .tl-row-label')).toHaveText([
    'Walkout at the council',
    'Council strike hits bins',
    'Several articles',
  ]);
  await page.getByRole('radio', { name: 'Together' }).check();
  await expect(timeline.locator('.vis-label .tl-row-label')).toHaveCount(0);

  // Undo takes the merge back; the suggestion returns; rejecting it keeps them apart.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(details.getByText('Sources disagree')).toHaveCount(0);
  await suggestions
    .getByRole('button', { name: /^Reject merge/ })
    .first()
    .click();
  await expect(suggestions).toHaveCount(0);

  // Adding the second article is a step of the history too: undone, it leaves the timeline
  // with its events; redone (by keys, after a reload), it comes back.
  const { list } = parts(page);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(suggestions).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute(
    'title',
    /^Undo: Add article/,
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone: Add article')).toBeVisible();
  await expect(show).toHaveCount(0);
  await expect(list).not.toContainText('Bin collections');
  await expect(article).toContainText('talks with the union');
  await expect(page.getByLabel('Publication date')).toHaveValue('2019-03-06');
  await page.reload();
  await expect(list.getByRole('button').first()).toBeVisible({ timeout: 15_000 });
  await expect(list).not.toContainText('Bin collections');
  await page.keyboard.press('Control+Shift+Z');
  await expect(list).toContainText('Bin collections', { timeout: 20_000 });
  await expect(show).toBeVisible();
  await page.keyboard.press('Control+Z');
  await expect(list).not.toContainText('Bin collections');
  await page.keyboard.press('Control+Y');
  await expect(list).toContainText('Bin collections', { timeout: 20_000 });
});
