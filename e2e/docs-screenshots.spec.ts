import { expect, test } from '@playwright/test';
import { parts } from './support.ts';

// Writes the README's pictures of the editor and the New timeline form; run with
// UPDATE_SCREENSHOT=1 so ordinary test runs leave docs/ alone.
test.skip(!process.env.UPDATE_SCREENSHOT, 'set UPDATE_SCREENSHOT=1 to rewrite docs/*.png');
test.describe.configure({ timeout: 120_000 });

// Two reports of one walkout that disagree on its day (texts written for the project).
const STORIES = [
  {
    form: 'New timeline',
    title: 'Walkout at the council',
    url: 'https://gazette.example/walkout',
    date: '2019-03-06',
    text: [
      'Council workers in Northbridge walked out on Monday over unpaid overtime, the union said.',
      'The council said talks with the union are scheduled for March 14.',
      'Last month, staff voted to reject the pay offer.',
    ].join('\n'),
  },
  {
    form: 'Add article',
    title: 'Council strike hits bins',
    url: 'https://herald.example/bins',
    date: '2019-03-07',
    text: [
      'Northbridge council workers walked out on Tuesday over unpaid overtime, union officials said.',
      'Bin collections were suspended across the city.',
    ].join('\n'),
  },
] as const;

test('docs/editor.png: two articles on one walkout, merged, with "Sources disagree"', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expect(parts(page).listButtons.first()).toBeVisible({ timeout: 60_000 });
  for (const story of STORIES) {
    await page.getByRole('button', { name: story.form, exact: true }).click();
    const form = page.getByRole('form', { name: story.form });
    await form.getByRole('textbox', { name: 'Article text' }).fill(story.text);
    await form.getByRole('textbox', { name: 'Title' }).fill(story.title);
    await form.getByRole('textbox', { name: 'Source URL' }).fill(story.url);
    await form.getByRole('textbox', { name: 'Publication date' }).fill(story.date);
    await form.getByRole('button', { name: 'Extract events' }).click();
    await expect(parts(page).article).toContainText(story.text.slice(0, 30), { timeout: 30_000 });
  }
  const suggestions = page.getByRole('region', { name: /^Merge suggestions/ });
  await suggestions
    .getByRole('button', { name: /^Accept merge/ })
    .first()
    .click();
  const { details, article } = parts(page);
  await expect(details.getByText('Sources disagree')).toBeVisible();
  await article
    .getByRole('combobox', { name: 'Show article' })
    .selectOption({ label: '1. Walkout at the council (gazette.example)' });
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400); // the timeline's move animation
  await page.screenshot({ path: 'docs/editor.png' });
});

test('docs/new-timeline.png: the New timeline form with a saved web page opened', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto('/');
  await expect(parts(page).listButtons.first()).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'New timeline', exact: true }).click();
  const form = page.getByRole('form', { name: 'New timeline' });
  await form.getByLabel('Open file').setInputFiles('src/app/import/fixtures/wire-story.html');
  await expect(form.getByRole('button', { name: /^Use / })).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'docs/new-timeline.png' });
});
