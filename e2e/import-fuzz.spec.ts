import fc from 'fast-check';
import { expect, test, type Page } from '@playwright/test';
import { openTimeline, parts, titleOfButton } from './support.ts';

async function listTitles(page: Page): Promise<string[]> {
  const buttons = parts(page).listButtons;
  const out: string[] = [];
  for (let i = 0; i < (await buttons.count()); i++) out.push(await titleOfButton(buttons.nth(i)));
  return out;
}

const SAMPLE = JSON.stringify({
  title: { text: { headline: 'Sample' } },
  events: [
    {
      start_date: { year: 2012, month: 2, day: 25 },
      text: { headline: 'Rally', text: '<p>Crowds</p>' },
    },
    { start_date: { year: 2012, month: 3 }, text: { headline: 'Vote' } },
  ],
});
const SHEET = 'Year,Month,Day,Headline,Text\r\n2012,2,25,Rally,<p>Crowds</p>\r\n2012,3,,Vote,\r\n';
const NASTY = [
  '"',
  '{',
  '}',
  ',',
  '\n',
  ':',
  '13',
  '-1',
  'null',
  '<script>alert(1)</script>',
  '\u0000',
  '[',
  ']',
];

/** Mutated files, the same on every run (a fixed seed): a person's broken exports. */
const FILES = fc
  .sample(
    fc.tuple(
      fc.constantFrom(SAMPLE, SHEET),
      fc.array(fc.tuple(fc.nat(), fc.nat(6), fc.constantFrom(...NASTY)), {
        minLength: 1,
        maxLength: 4,
      }),
    ),
    { numRuns: 24, seed: 20261201 },
  )
  .map(([text, edits], i) => {
    let out = text;
    for (const [at, cut, insert] of edits) {
      const p = at % (out.length + 1);
      out = out.slice(0, p) + insert + out.slice(p + cut);
    }
    return { name: `mutated-${i}.${text === SHEET ? 'csv' : 'json'}`, text: out };
  });

test('mutated import files: each is opened or refused with an alert; a refusal leaves the timeline as it was', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await openTimeline(page);
  let before = await listTitles(page);
  let refused = 0;
  for (const file of FILES) {
    await page.getByLabel('Import file').setInputFiles({
      name: file.name,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(file.text),
    });
    const outcome = page
      .getByRole('alert')
      .or(page.getByRole('status').filter({ hasText: 'Opened' }));
    await expect(outcome).toBeVisible();
    if ((await page.getByRole('alert').count()) > 0) {
      refused++;
      await expect(page.getByRole('alert')).toContainText(`“${file.name}” was not opened`);
      expect(await listTitles(page)).toEqual(before);
    } else {
      before = await listTitles(page);
    }
    await page.getByRole('button', { name: 'Dismiss' }).click();
  }
  expect(refused).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
