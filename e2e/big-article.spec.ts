import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parts } from './support.ts';

/** About a megabyte of news text: the seed article again and again, its years moved back. */
function megabyteArticle(): string {
  const seed = readFileSync(new URL('../src/app/seed/article.txt', import.meta.url), 'utf8');
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const chunk = `Part ${i + 1}.\n${seed.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) - (i % 20)))}\n\n`;
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('');
}

// Reading a megabyte takes a while on a busy machine; speed is measured by the benchmarks.
test.describe.configure({ timeout: 400_000 });

test('a pasted megabyte is read, listed, and its long article still shows, selects and adds by passage', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const { list, listButtons, details, article } = parts(page);
  await expect(listButtons.first()).toBeVisible({ timeout: 30_000 });

  await page.getByRole('button', { name: 'New timeline', exact: true }).click();
  const form = page.getByRole('form', { name: 'New timeline' });
  const box = form.getByRole('textbox', { name: 'Article text' });
  const text = megabyteArticle();
  // A paste, as Ctrl+V gives it to the page.
  await box.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.focus();
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
  await expect(form.getByText(`${text.length.toLocaleString('en')} characters.`)).toBeVisible();
  await form.getByRole('textbox', { name: 'Title' }).fill('A megabyte of news');
  await form.getByRole('textbox', { name: 'Publication date' }).fill('2012-02-27');
  await form.getByRole('button', { name: 'Extract events' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'A megabyte of news' })).toBeVisible({
    timeout: 360_000,
  });
  await expect(listButtons.first()).toBeVisible();
  const count = Number(await page.locator('.events-panel .panel-count').textContent());
  expect(count).toBeGreaterThan(200);

  // The article is drawn a part at a time: far fewer parts drawn than there are.
  const blocks = article.locator('.article-text [data-block]');
  const drawn = article.locator('.article-text .article-block.is-drawn');
  expect(await drawn.count()).toBeLessThan((await blocks.count()) / 4);

  // Choose an event and show its last passage, far down the article, not drawn yet.
  await listButtons.first().click();
  const show = details.getByRole('button', { name: /^Show in article/ });
  expect(await show.count()).toBeGreaterThan(20);
  await show.last().click();
  const focused = article.locator('mark:focus');
  await expect(focused).toBeInViewport();
  await expect(focused).toHaveClass(/is-selected/);
  const start = Number(await focused.getAttribute('data-start'));
  expect(start).toBeGreaterThan(text.length / 2);

  // Words selected there become an event quoting exactly them.
  const quote = await focused.evaluate((mark) => {
    const node = mark.firstChild as Text;
    const words = (node.textContent ?? '').split(' ').slice(0, 5).join(' ');
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, words.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    return words;
  });
  expect(text.slice(start, start + quote.length)).toBe(quote);
  await expect(article.getByText(`Selected: “${quote}”`)).toBeVisible();
  await article.getByRole('button', { name: 'Add event from selection' }).click();
  await expect(page.locator('.events-panel .panel-count')).toHaveText(String(count + 1));
  await expect(details).toContainText(quote);
  const mark = article.locator('mark.is-selected').first();
  await expect(mark).toHaveAttribute('data-start', String(start));
  await expect(mark).toHaveText(quote);
  await expect(list.getByRole('button', { name: new RegExp(quote.slice(0, 20)) })).toHaveCount(1);
});
