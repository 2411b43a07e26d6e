import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { openTimeline, parts, titleOfButton } from './support.ts';

const SHOTS = process.env.SHOTS_DIR;
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const MENU_ITEMS = ['JSON', 'TimelineJS JSON', 'CSV', 'iCalendar', 'Standalone HTML', 'Image'];

async function listTitles(page: Page): Promise<string[]> {
  const buttons = parts(page).listButtons;
  const out: string[] = [];
  for (let i = 0; i < (await buttons.count()); i++) out.push(await titleOfButton(buttons.nth(i)));
  return out;
}

/** Chooses an Export menu item and returns the downloaded file's name and bytes. */
async function exportAs(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  const download = await downloading;
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(file) };
}

async function importFile(page: Page, name: string, bytes: Buffer | string, mimeType: string) {
  await page.getByLabel('Import file').setInputFiles({
    name,
    mimeType,
    buffer: typeof bytes === 'string' ? Buffer.from(bytes) : bytes,
  });
}

test('the Export menu lists every format and is driven by the keyboard', async ({ page }) => {
  await openTimeline(page);
  const button = page.getByRole('button', { name: 'Export' });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu).toBeVisible();
  for (const item of MENU_ITEMS) {
    await expect(menu.getByRole('menuitem', { name: item, exact: true })).toHaveCount(1);
  }
  await expect(menu.getByRole('menuitem', { name: 'JSON', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'TimelineJS JSON', exact: true })).toBeFocused();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/export-menu.png` });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
});

test('JSON: exported and imported again with nothing lost', async ({ page }) => {
  test.setTimeout(60_000);
  await openTimeline(page);
  const titles = await listTitles(page);
  const first = await exportAs(page, 'JSON');
  expect(first.name).toMatch(/\.datelines\.json$/);
  const exported = JSON.parse(first.bytes.toString('utf8')) as {
    format: string;
    events: unknown[];
  };
  expect(exported.format).toBe('datelines/2');
  expect(exported.events).toHaveLength(titles.length);

  // Open another timeline first, so the import visibly replaces it.
  await importFile(
    page,
    'moon.json',
    await readFile(path.join(FIXTURES, 'hand-made-timelinejs.json')),
    'application/json',
  );
  await expect(parts(page).listButtons).toHaveCount(4);

  await importFile(page, first.name, first.bytes, 'application/json');
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toContainText(
    `${titles.length} events`,
  );
  // The same events (the list may order events of one date differently once re-read)...
  await expect(page.getByRole('status').filter({ hasText: /Reading/ })).toHaveCount(0);
  await expect
    .poll(async () => (await listTitles(page)).sort(), { timeout: 20_000 })
    .toEqual([...titles].sort());
  // ...and the same document, field for field; it opens as a saved timeline of its own,
  // beside the one it was exported from, so only its id is new.
  const second = await exportAs(page, 'JSON');
  const reimported = JSON.parse(second.bytes.toString('utf8')) as { id: string };
  expect(reimported.id).not.toBe((exported as unknown as { id: string }).id);
  expect({ ...reimported, id: 'same' }).toEqual({ ...exported, id: 'same' });
});

test('TimelineJS JSON and CSV: exported and imported again with titles, dates and quotes', async ({
  page,
}) => {
  await openTimeline(page);
  const titles = await listTitles(page);
  const dates = await parts(page).list.locator('.event-date').allTextContents();

  const tljs = await exportAs(page, 'TimelineJS JSON');
  expect(tljs.name).toMatch(/\.timelinejs\.json$/);
  const timeline = JSON.parse(tljs.bytes.toString('utf8')) as { events: unknown[] };
  expect(timeline.events).toHaveLength(titles.length);

  const csv = await exportAs(page, 'CSV');
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const header = csv.bytes.toString('utf8').slice(1).split('\r\n')[0] ?? '';
  expect(header).toMatch(
    /^Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background,/,
  );
  expect(header).toContain('precision');
  expect(header).toContain('date_in_words');

  for (const file of [tljs, csv]) {
    await importFile(page, file.name, file.bytes, 'application/octet-stream');
    await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toContainText(
      `${titles.length} events`,
    );
    await expect.poll(() => listTitles(page), { timeout: 20_000 }).toEqual(titles);
    // TimelineJS has no field for "about"; the CSV keeps it.
    await expect(parts(page).list.locator('.event-date')).toHaveText(
      file === csv ? dates : dates.map((d) => d.replace(/about /g, '')),
    );
    // The quotes came along: the first event's details quote its passage.
    await parts(page).listButtons.first().click();
    await expect(parts(page).details.locator('blockquote').first()).not.toBeEmpty();
  }
});

test('iCalendar and Image: downloaded; imported again they are refused and the timeline stays', async ({
  page,
}) => {
  await openTimeline(page);
  const titles = await listTitles(page);

  const ics = await exportAs(page, 'iCalendar');
  const text = ics.bytes.toString('utf8');
  expect(ics.name).toMatch(/\.ics$/);
  expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(titles.length);
  const planned = await parts(page).list.getByText('Planned', { exact: true }).count();
  expect(text.match(/^STATUS:TENTATIVE\r$/gm) ?? []).toHaveLength(planned);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

  const png = await exportAs(page, 'Image');
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitemradio', { name: 'SVG' }).click();
  await expect(page.getByRole('menuitemradio', { name: 'SVG' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Image', exact: true }).click();
  const svgDownload = await downloading;
  const svg = (await readFile(await svgDownload.path())).toString('utf8');
  expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain(titles[titles.length - 1]?.replace(/’/g, '’') ?? '');

  for (const [name, bytes] of [
    [ics.name, ics.bytes],
    [png.name, png.bytes],
    ['view.svg', Buffer.from(svg)],
  ] as const) {
    await importFile(page, name, bytes, 'application/octet-stream');
    await expect(page.getByRole('alert')).toContainText(`“${name}” was not opened`);
    expect(await listTitles(page)).toEqual(titles);
    await page.getByRole('button', { name: 'Dismiss' }).click();
  }
});

test('Standalone HTML: one HTML file, the reader and the timeline inlined', async ({ page }) => {
  await openTimeline(page);
  const titles = await listTitles(page);
  const html = await exportAs(page, 'Standalone HTML');
  expect(html.name).toMatch(/\.html$/);
  const text = html.bytes.toString('utf8');
  expect(text.slice(0, 200).toLowerCase()).toContain('<!doctype html>');
  // Self-contained: no script or stylesheet is fetched from anywhere.
  expect(text).not.toMatch(/<script[^>]+src=/i);
  expect(text).not.toMatch(/<link[^>]+rel="?stylesheet/i);
  // Opened from disk, it shows this timeline.
  const file = test.info().outputPath(html.name);
  await writeFile(file, text);
  await page.goto(pathToFileURL(file).href);
  await expect(page.getByRole('list', { name: 'Events' }).getByRole('listitem')).toHaveCount(
    titles.length,
  );
});

test('a TimelineJS3 JSON written by hand after its documented format opens as a timeline', async ({
  page,
}) => {
  await openTimeline(page);
  await importFile(
    page,
    'moon.json',
    await readFile(path.join(FIXTURES, 'hand-made-timelinejs.json')),
    'application/json',
  );
  await expect(page.getByRole('heading', { level: 2, name: 'The Moon landings' })).toBeVisible();
  const { list, listButtons, details, timelineItems } = parts(page);
  await expect
    .poll(() => listTitles(page))
    .toEqual([
      'Apollo 11 launches',
      '“The Eagle has landed”',
      'Apollo 17, the last crewed landing',
      'Artemis landing',
    ]);
  await expect(list.locator('.event-date')).toHaveText([
    '16 July 1969, 13:32',
    '20 July 1969',
    'December 1972 – 19 December 1972',
    '2026',
  ]);
  await expect(timelineItems).toHaveCount(4);
  await listButtons.first().click();
  // Markup in the file is dropped: the words stay, no <b> is rendered.
  await expect(details.locator('blockquote')).toContainText(
    'The Saturn V lifted off from Kennedy Space Center.',
  );
  await expect(details.locator('b')).toHaveCount(0);
  await expect(listButtons.nth(3)).toContainText('Planned');
});

test('a TimelineJS sheet CSV written by hand after its template opens as a timeline', async ({
  page,
}) => {
  await openTimeline(page);
  await importFile(
    page,
    'wall.csv',
    await readFile(path.join(FIXTURES, 'hand-made-sheet.csv')),
    'text/csv',
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Berlin Wall' })).toBeVisible();
  const { list, listButtons, details } = parts(page);
  await expect
    .poll(() => listTitles(page))
    .toEqual([
      'Border closed overnight',
      'Crowds cross at Bornholmer Straße',
      'Schabowski press conference',
      'German reunification',
    ]);
  await expect(list.locator('.event-date')).toHaveText([
    '13 August 1961',
    '9 – 10 November 1989',
    '9 November 1989, 18:53',
    'October 1990',
  ]);
  await listButtons.nth(1).click();
  await expect(details.locator('blockquote')).toContainText(
    'Guards opened the gate, "without orders".',
  );
  await listButtons.first().click();
  await expect(details.locator('blockquote')).toContainText('East German troops sealed the border');
  await expect(details.locator('i')).toHaveCount(0);
});

test('an invalid file is refused with an alert naming the field or line, the timeline untouched', async ({
  page,
}) => {
  await openTimeline(page);
  const titles = await listTitles(page);
  const cases: Array<[string, string, string]> = [
    [
      'bad-month.json',
      '{"events":[{"start_date":{"year":2012,"month":14},"text":{"headline":"x"}}]}',
      'events[0].start_date.month',
    ],
    [
      'bad-row.csv',
      'Year,Month,Headline\r\n2012,2,Fine\r\n2012,thirteen,Broken\r\n',
      'row 3, column Month',
    ],
    ['broken.json', '{"format": "datelines/2", ', 'not valid JSON'],
    ['v9.json', '{"format":"datelines/9","id":"x","title":"","articles":[],"events":[]}', 'format'],
  ];
  for (const [name, content, where] of cases) {
    await importFile(page, name, content, 'application/octet-stream');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`“${name}” was not opened`);
    await expect(alert).toContainText(where);
    expect(await listTitles(page)).toEqual(titles);
    await page.getByRole('button', { name: 'Dismiss' }).click();
  }
});
