import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openTimeline, parts } from './support.ts';

async function newTimelineForm(page: Page) {
  await openTimeline(page);
  await page.getByRole('button', { name: 'New timeline', exact: true }).click();
  return page.getByRole('form', { name: 'New timeline' });
}

/** The seed timeline is still there, unchanged, once the form is left. */
async function expectSeedUntouched(page: Page, count: number) {
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: /^Kazakhstan: Opposition Leaders/ }),
  ).toBeVisible();
  await expect(parts(page).listButtons).toHaveCount(count);
}

test('empty and whitespace-only text are refused next to the field', async ({ page }) => {
  const form = await newTimelineForm(page);
  const text = form.getByRole('textbox', { name: 'Article text' });
  for (const value of ['', '   \n\t  ']) {
    await text.fill(value);
    await form.getByRole('button', { name: 'Extract events' }).click();
    await expect(text).toHaveAttribute('aria-invalid', 'true');
    await expect(text).toHaveAccessibleDescription(/The article text is empty/);
  }
});

test('a binary file is refused and the form keeps what it had', async ({ page }) => {
  await openTimeline(page);
  const count = await parts(page).listButtons.count();
  await page.getByRole('button', { name: 'New timeline', exact: true }).click();
  const form = page.getByRole('form', { name: 'New timeline' });
  const text = form.getByRole('textbox', { name: 'Article text' });
  await text.fill('Kept text.');
  const file = form.getByLabel('Open file');
  await file.setInputFiles({
    name: 'photo.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  });
  await expect(file).toHaveAccessibleDescription(/“photo.txt” is not a text file/);
  await expect(text).toHaveValue('Kept text.');
  await expectSeedUntouched(page, count);
});

test('a file over the limit is refused with the limit stated', async ({ page }, testInfo) => {
  // A file on disk: the browser reads its size without the test sending 10 MB over the wire.
  const path = join(testInfo.outputDir, 'huge.txt');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(path, Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
  const form = await newTimelineForm(page);
  const file = form.getByLabel('Open file');
  await file.setInputFiles(path);
  await expect(file).toHaveAccessibleDescription(/is 10 MB; files up to 10 MB can be read/);
});

test('an article without dates gets "No dates found" and what to try; the open timeline stays', async ({
  page,
}) => {
  await openTimeline(page);
  const count = await parts(page).listButtons.count();
  await page.getByRole('button', { name: 'New timeline', exact: true }).click();
  const form = page.getByRole('form', { name: 'New timeline' });
  await form
    .getByRole('textbox', { name: 'Article text' })
    .fill('The committee is independent. It has nine members and meets in the town hall.');
  await form.getByRole('textbox', { name: 'Publication date' }).fill('2020-01-10');
  await form.getByRole('button', { name: 'Extract events' }).click();
  await expect(form.getByRole('alert')).toContainText('No dates found in this article');
  await expect(form.getByRole('alert')).toContainText('give its publication date');
  await expectSeedUntouched(page, count);
});

test('an impossible publication date is refused next to the field', async ({ page }) => {
  await openTimeline(page);
  const count = await parts(page).listButtons.count();
  await page.getByRole('button', { name: 'New timeline', exact: true }).click();
  const form = page.getByRole('form', { name: 'New timeline' });
  await form.getByRole('textbox', { name: 'Article text' }).fill('The vote was on March 3, 2015.');
  const date = form.getByRole('textbox', { name: 'Publication date' });
  await date.fill('2015-02-31');
  await form.getByRole('button', { name: 'Extract events' }).click();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/“2015-02-31” is not a calendar date/);
  await expectSeedUntouched(page, count);
});

test('HTML with scripts and event handlers is read as text and nothing in it runs', async ({
  page,
}) => {
  const form = await newTimelineForm(page);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const html =
    '<html><body><article><p onclick="alert(1)">The council met on March 3, 2015.</p>' +
    '<img src="x" onerror="alert(2)"><script>alert(3); document.title = "pwned"</script>' +
    '<p>It meets again on <b onmouseover="alert(4)">April 9, 2015</b>.</p></article></body></html>';
  await form.getByLabel('Open file').setInputFiles({
    name: 'story.html',
    mimeType: 'text/html',
    buffer: Buffer.from(html),
  });
  const text = form.getByRole('textbox', { name: 'Article text' });
  await expect(text).toHaveValue(
    'The council met on March 3, 2015.\n\nIt meets again on April 9, 2015.',
  );
  await form.getByRole('textbox', { name: 'Publication date' }).fill('2015-03-04');
  await form.getByRole('button', { name: 'Extract events' }).click();
  await expect(parts(page).listButtons.first()).toBeVisible({ timeout: 15_000 });
  await expect(page).not.toHaveTitle('pwned');
  expect(dialogs).toBe(0);
  await expect(parts(page).article.locator('script, img')).toHaveCount(0);
});

test('a rich paste becomes plain text with its paragraphs', async ({ page }) => {
  const form = await newTimelineForm(page);
  const text = form.getByRole('textbox', { name: 'Article text' });
  await text.focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<h1>Vote</h1><p>The council met <b>on Monday</b>.</p><p onclick="x()">Second.</p>',
    );
    data.setData('text/plain', 'Vote The council met on Monday. Second.');
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(text).toHaveValue('Vote\n\nThe council met on Monday.\n\nSecond.');
});
