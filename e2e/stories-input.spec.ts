import { expect, test, type Page } from '@playwright/test';
import { parts, openTimeline, expectHashEvent } from './support.ts';

// An article that is not the seed, written for these tests.
const ARTICLE = [
  'Town council votes to close the Main Street library',
  '',
  'The Springfield town council voted 5 to 2 on Monday to close the Main Street library at the end of June.',
  '',
  'Residents packed the meeting, which ran past midnight. A petition with 1,200 signatures was delivered on February 20.',
  '',
  'The library opened in 1962. A public hearing on the plan is scheduled for April 9.',
].join('\n');

async function openForm(page: Page, name: 'New timeline' | 'Add article') {
  await page.getByRole('button', { name, exact: true }).click();
  const form = page.getByRole('form', { name });
  await expect(form).toBeVisible();
  return form;
}

test('a pasted article becomes a saved timeline that a reload brings back as left', async ({
  page,
}) => {
  await openTimeline(page);
  const form = await openForm(page, 'New timeline');
  // Only the form's date field is on the page while the form is open.
  await expect(page.getByLabel('Publication date')).toHaveCount(1);
  await form.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE);
  await form.getByRole('textbox', { name: 'Title' }).fill('Library vote');
  await form.getByRole('textbox', { name: 'Source URL' }).fill('https://gazette.example/library');
  await form.getByRole('textbox', { name: 'Publication date' }).fill('2019-03-05');
  await form.getByRole('button', { name: 'Extract events' }).click();

  const { list, listButtons, article } = parts(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Library vote' })).toBeVisible();
  await expect(listButtons.first()).toBeVisible();
  await expect(article).toContainText('Main Street library');
  const count = await listButtons.count();
  expect(count).toBeGreaterThan(1);
  await listButtons.nth(1).click();
  const id = await expectHashEvent(page);
  const name =
    (await listButtons.nth(1).getAttribute('aria-label')) ?? (await listButtons.nth(1).innerText());

  // Reload: the same timeline, the same event selected.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Library vote' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(list.locator('button[aria-current="true"]')).toHaveCount(1);
  await expect(list.locator('button[aria-current="true"]')).toHaveAccessibleName(
    name.trim() || /./,
  );
  expect(await expectHashEvent(page)).toBe(id);
  await expect(listButtons).toHaveCount(count);

  // Both timelines are listed; the example opens again from the list.
  await page.getByRole('button', { name: 'Timelines', exact: true }).click();
  const timelines = page.getByRole('list', { name: 'Timelines' });
  await expect(timelines.getByRole('listitem')).toHaveCount(2);
  await expect(timelines.getByRole('button', { name: /^Library vote/ })).toBeVisible();
  await timelines.getByRole('button', { name: /^Kazakhstan: Opposition Leaders/ }).click();
  await expect(listButtons.first()).toBeVisible({ timeout: 15_000 });
  await expect(article).toContainText('Almaty');
});

test('an HTML file fills the form, its own date is offered, and its text becomes events', async ({
  page,
}) => {
  await openTimeline(page);
  const form = await openForm(page, 'New timeline');
  await form.getByLabel('Open file').setInputFiles('src/app/import/fixtures/wire-story.html');
  const text = form.getByRole('textbox', { name: 'Article text' });
  await expect(text).toHaveValue(/^ALMATY, Feb\. 27 \(Example Wire\)/);
  await expect(text).not.toHaveValue(/Advertisement|dataLayer|Most read/);
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveValue(
    'Kazakh opposition leaders jailed after Almaty rally',
  );
  await expect(form.getByRole('textbox', { name: 'Source URL' })).toHaveValue(
    'https://wire.example.com/world/kazakh-opposition-jailed-idUS123',
  );
  // The date is offered, not imposed.
  await expect(form.getByRole('textbox', { name: 'Publication date' })).toHaveValue('');
  await form.getByRole('button', { name: 'Use 27 February 2012' }).click();
  await expect(form.getByRole('textbox', { name: 'Publication date' })).toHaveValue('2012-02-27');
  await form.getByRole('button', { name: 'Extract events' }).click();
  await expect(parts(page).listButtons.first()).toBeVisible({ timeout: 15_000 });
  await expect(parts(page).article).toContainText('Another demonstration has been called');
});

test('a dateline in pasted text is offered as the publication date', async ({ page }) => {
  await openTimeline(page);
  const form = await openForm(page, 'New timeline');
  await form
    .getByRole('textbox', { name: 'Article text' })
    .fill('ALMATY, Feb. 27, 2012 (Reuters) – Police detained protesters on Saturday.');
  await expect(form.getByText('Found in the text')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Use 27 February 2012' })).toBeVisible();
});

test('without a publication date the article is read against today and the timeline says so', async ({
  page,
}) => {
  await openTimeline(page);
  const form = await openForm(page, 'New timeline');
  await expect(form.getByText('Without one the article is read against today')).toBeVisible();
  await form
    .getByRole('textbox', { name: 'Article text' })
    .fill('The mayor resigned on March 3, 2015. Elections followed on May 10, 2015.');
  await form.getByRole('button', { name: 'Extract events' }).click();
  await expect(parts(page).listButtons.first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('No publication date was given for this article')).toBeVisible();
});

test('Add article adds a second article to the open timeline', async ({ page }) => {
  await openTimeline(page);
  const before = await parts(page).listButtons.count();
  const form = await openForm(page, 'Add article');
  await form.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE);
  await form.getByRole('textbox', { name: 'Publication date' }).fill('2019-03-05');
  await form.getByRole('button', { name: 'Extract events' }).click();
  await expect(parts(page).article).toContainText('Main Street library', { timeout: 15_000 });
  await expect.poll(() => parts(page).listButtons.count()).toBeGreaterThan(before);
});
