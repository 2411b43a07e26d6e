import { expect, test, type Frame, type Page } from '@playwright/test';
import { projectOfArticle } from '../src/core/formats/exportInput.ts';
import { encodeReaderLink, readerTimelineFromProject } from '../src/core/formats/readerLink.ts';
import type { Article, TimelineEvent } from '../src/core/model/index.ts';
import { expectHashEvent, openTimeline, parts } from './support.ts';

// Each test opens its own timeline, so they run side by side and each stays well under its
// timeout on a loaded machine (one long test of everything once took two minutes).
test.describe.configure({ mode: 'parallel' });

/**
 * Payloads from OWASP's XSS Filter Evasion Cheat Sheet and more: each would run script or
 * open a dialog if it were ever rendered as HTML, in an attribute or as a URL.
 */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>',
  `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'>`,
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  '<a onmouseover="alert(document.cookie)">xxs link</a>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
  '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>',
  '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
  '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  `<IMG SRC="jav&#x09;ascript:alert('XSS');">`,
  '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>',
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  '<iframe src=http://xss.rocks/scriptlet.html <',
  `\\";alert('XSS');//`,
  '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
  `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`,
  '<svg/onload=alert(1)>',
  `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
  `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
  `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
  '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>',
  '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciPjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD48L3N2Zz4=" type="image/svg+xml">',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '"><img src=x onerror=window.__xss=1>',
  "'><svg onload=window.__xss=1>",
  '<img src=x onerror=window.__xss=1>',
  '&lt;img src=x onerror=window.__xss=1&gt;',
  "'-alert(1)-'",
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  '<a href="javascript:window.__xss=1">click</a>',
];

/** Watches for any sign of script from the data: dialogs, the marker, handlers, frames. */
async function watch(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  // A dialog in any frame of the page, the reader's included, comes here.
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Nothing leaves the machine: the payloads' remote scripts are not fetched anyway.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)(?!host\.test)/, (route) => route.abort());
  return dialogs;
}

/** No marker, no event handler or `javascript:` URL, no frame, image or other active tag. */
async function expectNothingRan(scope: Page | Frame, dialogs: string[]) {
  expect(dialogs).toEqual([]);
  expect(await scope.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  const injected = await scope.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
        // Only where a browser follows the value as a URL; text attributes may hold anything.
        const isUrl = /^(href|src|action|formaction|data|xlink:href|background|poster)$/i.test(
          attribute.name,
        );
        if (isUrl && /^\s*javascript:/i.test(attribute.value))
          found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
      }
    }
    found.push(
      ...[...document.querySelectorAll('iframe, object, embed, img, math, details')].map(
        (e) => e.tagName,
      ),
    );
    return found;
  });
  expect(injected).toEqual([]);
}

interface PayloadProjectOptions {
  /** Event ids are the payloads too (they travel in the reader's `event` option). */
  payloadIds?: boolean;
}

function payloadProject({ payloadIds = false }: PayloadProjectOptions = {}) {
  const text = PAYLOADS.map((p, i) => `On ${i + 1} March 2012 ${p} happened.`).join('\n');
  const article: Article = {
    id: 'xss-article',
    title: `<script>alert("title")</script><img src=x onerror=window.__xss=1>`,
    text,
    sourceUrl: 'javascript:alert(1)',
    author: '<b onmouseover=alert(1)>author</b>',
    outlet: '<svg onload=alert(1)>',
    publishedOn: '2012-03-31',
    language: 'en',
  };
  let at = 0;
  const events: TimelineEvent[] = PAYLOADS.map((payload, i) => {
    const line = `On ${i + 1} March 2012 ${payload} happened.`;
    const span = { start: at, end: at + line.length, text: line };
    at += line.length + 1;
    const day = String((i % 28) + 1).padStart(2, '0');
    return {
      id: payloadIds ? payload : `xss-${i}`,
      title: payload,
      date: {
        start: { value: `2012-03-${day}`, precision: 'day', approximate: false },
        derivation: {
          phrase: payload,
          reference: { kind: 'document-date', value: '2012-03-31', label: payload },
          rule: payload,
          explanation: payload,
          inferred: false,
        },
      },
      status: i % 3 === 0 ? 'planned' : 'happened',
      sources: [{ documentId: 'xss-article', span }],
      timexIds: [],
      edited: false,
    };
  });
  return projectOfArticle(
    article,
    events,
    `<img src=x onerror=window.__xss=1>`,
    '2026-12-01T00:00:00.000Z',
  );
}

async function importText(page: Page, name: string, text: string) {
  await page.getByLabel('Import file').setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(text),
  });
}

/** The app with the payload project imported and its events listed. */
async function openPayloadProject(page: Page, options: PayloadProjectOptions = {}) {
  await openTimeline(page);
  await importText(page, 'xss.datelines.json', JSON.stringify(payloadProject(options)));
  await expect(page.getByRole('region', { name: 'Article' })).toContainText(
    '<script>alert(1)</script>',
    { timeout: 20_000 },
  );
  // The article is read again in the background; its events are used once it is read.
  await expect(page.getByRole('status').filter({ hasText: /Reading/ })).toHaveCount(0, {
    timeout: 30_000,
  });
  await expect(parts(page).listButtons.first()).toBeVisible();
}

test('payloads in an imported native project stay text in the article, timeline, list and details', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const dialogs = await watch(page);
  await openPayloadProject(page);
  const { listButtons, details, timeline } = parts(page);
  await expect(timeline.locator('.vis-item-content').first()).toBeVisible({ timeout: 15_000 });
  // Every event's details: title, quotes, how the date was read.
  const count = await listButtons.count();
  expect(count).toBeGreaterThan(PAYLOADS.length / 2);
  for (let i = 0; i < count; i++) {
    await listButtons.nth(i).click();
    await expect(details.getByRole('heading', { level: 2 })).not.toBeEmpty();
  }
  await page.mouse.move(300, 300);
  await page.mouse.move(600, 400);
  await expectNothingRan(page, dialogs);
});

test('payloads in an imported native project stay text when presented, in the quiz and in print', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const dialogs = await watch(page);
  await openPayloadProject(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByText(/^1 \/ \d+$/)).toBeVisible();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/^6 \/ \d+$/)).toBeVisible();
  await expectNothingRan(page, dialogs);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Quiz' }).click();
  await expect(page.getByRole('list', { name: 'Quiz' })).toContainText('onerror');
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expectNothingRan(page, dialogs);
  await page.keyboard.press('Escape');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('list', { name: 'Events' })).toContainText('onerror');
  await page.emulateMedia({ media: 'screen' });
  await expectNothingRan(page, dialogs);
});

test('payloads in imported TimelineJS JSON and CSV stay text', async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs = await watch(page);
  await openTimeline(page);
  const timelineJs = {
    title: { text: { headline: PAYLOADS[0], text: PAYLOADS[2] } },
    events: PAYLOADS.map((payload, i) => ({
      start_date: { year: 2012, month: 3, day: (i % 28) + 1 },
      display_date: payload,
      text: { headline: payload, text: `<p>${payload}</p><blockquote>${payload}</blockquote>` },
      unique_id: payload,
      group: payload,
    })),
  };
  await importText(page, 'xss.json', JSON.stringify(timelineJs));
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toBeVisible();
  await parts(page).listButtons.first().click();
  await expectNothingRan(page, dialogs);

  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const csv = [
    'Year,Month,Day,Display Date,Headline,Text,Group',
    ...PAYLOADS.map(
      (p, i) =>
        `2012,3,${(i % 28) + 1},${quote(p)},${quote(p)},${quote(`<p>${p}</p>`)},${quote(p)}`,
    ),
  ].join('\r\n');
  await importText(page, 'xss.csv', csv);
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toBeVisible();
  await parts(page).listButtons.nth(3).click();
  await expectNothingRan(page, dialogs);
});

test('payloads in refused files and in the app’s URL fragment stay text', async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs = await watch(page);
  await openTimeline(page);
  // A refused file's message names the problem, as text.
  for (const payload of PAYLOADS.slice(0, 8)) {
    await importText(
      page,
      `${payload}.json`,
      `{"events": [{"start_date": {"year": ${JSON.stringify(payload)}}}]}`,
    );
    await expect(page.getByRole('alert')).toContainText('was not opened');
  }
  await expectNothingRan(page, dialogs);
  for (const payload of PAYLOADS) {
    await page.goto(`/#event=${encodeURIComponent(payload)}`);
    await page.goto(`/#${payload}`);
  }
  await openTimeline(page, `#event=${encodeURIComponent(PAYLOADS[0] ?? '')}`);
  await expectNothingRan(page, dialogs);
});

/** A reader link of the payload project, or of only its first event (less to draw). */
function readerLink(options: PayloadProjectOptions & { events?: number } = {}): string {
  const timeline = readerTimelineFromProject(payloadProject(options));
  return encodeReaderLink({ ...timeline, events: timeline.events.slice(0, options.events) });
}

/** Opens the reader at each address in turn and checks it once it shows a title or an error. */
async function eachReader(
  page: Page,
  addresses: readonly string[],
  check: (index: number) => Promise<void>,
) {
  for (const [index, address] of addresses.entries()) {
    // A new document each time: going to an address that differs only in its fragment
    // would not load the reader again.
    await page.goto('about:blank');
    await page.goto(address);
    await page.locator('.reader-title, .reader-error').first().waitFor({ timeout: 20_000 });
    await check(index);
  }
}

/** The reader's options as it applied them: its theme and a fixed height, if any. */
function appliedOptions(page: Page) {
  return page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    height: document.querySelector<HTMLElement>('.reader')?.style.height ?? '',
  }));
}

const asOptions = (payload: string) => {
  const value = encodeURIComponent(payload);
  return `event=${value}&theme=${value}&height=${value}`;
};

/** The reader: its title and the event it opened shown as text, light, not fixed, inert. */
async function expectReaderInert(page: Page, dialogs: string[], opened: string | null) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '<img src=x onerror=window.__xss=1>',
  );
  const heading = page
    .getByRole('region', { name: 'Event details' })
    .getByRole('heading', { level: 2 });
  if (opened === null) await expect(heading).toHaveCount(0);
  else await expect(heading).toHaveText(opened);
  expect(await appliedOptions(page)).toEqual({ theme: 'light', height: '' });
  await expectNothingRan(page, dialogs);
}

/** The payloads in two halves: each half a test of its own, the two run side by side. */
const HALVES = [PAYLOADS.slice(0, 19), PAYLOADS.slice(19)] as const;

for (const [half, payloads] of HALVES.entries()) {
  test(`payloads as the reader’s options in the fragment (event, theme, height) never run, and fall back (${half + 1} of 2)`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const dialogs = await watch(page);
    const link = readerLink({ events: 1 });
    await eachReader(
      page,
      payloads.map((p) => `/reader.html#t=${link}&${asOptions(p)}`),
      () => expectReaderInert(page, dialogs, null),
    );
  });

  test(`payloads as the reader’s options in the query never run; an event whose id is one opens as text (${half + 1} of 2)`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const dialogs = await watch(page);
    // The event's id is the payload too, so the reader opens the event its address names.
    const timeline = readerTimelineFromProject(payloadProject({ payloadIds: true }));
    const link = (payload: string) =>
      encodeReaderLink({ ...timeline, events: timeline.events.filter((e) => e.id === payload) });
    await eachReader(
      page,
      payloads.map((p) => `/reader.html?${asOptions(p)}#t=${link(p)}`),
      (index) => expectReaderInert(page, dialogs, payloads[index]!),
    );
  });

  test(`payloads as the reader’s ?src= address are refused or fetched, and only ever shown as text (${half + 1} of 2)`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const dialogs = await watch(page);
    await eachReader(
      page,
      [...payloads, `https://news.test/${payloads[0]}.json`].map(
        (payload) => `/reader.html?src=${encodeURIComponent(payload)}`,
      ),
      async () => {
        await expect(page.getByRole('alert')).toHaveText(
          /must be given by an http or https address|could not be loaded from/,
        );
        await expectNothingRan(page, dialogs);
      },
    );
  });
}

test('the reader takes a theme only by name and a height only in whole pixels from 240 to 4000', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const dialogs = await watch(page);
  const link = readerLink({ events: 1 });
  const cases: [options: string, expected: { theme: string; height: string }][] = [
    ['theme=dark', { theme: 'dark', height: '' }],
    ['theme=light', { theme: 'light', height: '' }],
    ['theme=DARK', { theme: 'light', height: '' }],
    ['theme=dark%20', { theme: 'light', height: '' }],
    ['theme=dark&height=520', { theme: 'dark', height: '520px' }],
    ['height=240', { theme: 'light', height: '240px' }],
    ['height=4000', { theme: 'light', height: '4000px' }],
    ['height=239', { theme: 'light', height: '' }],
    ['height=4001', { theme: 'light', height: '' }],
    ['height=5e2', { theme: 'light', height: '' }],
    ['height=0x208', { theme: 'light', height: '' }],
    ['height=520px', { theme: 'light', height: '' }],
    ['height=-520', { theme: 'light', height: '' }],
    ['height=520.5', { theme: 'light', height: '' }],
    ['height=calc(100vh)', { theme: 'light', height: '' }],
  ];
  await eachReader(
    page,
    cases.map(([options]) => `/reader.html#t=${link}&${options}`),
    async (index) => {
      const [options, expected] = cases[index]!;
      expect([options, await appliedOptions(page)]).toEqual([options, expected]);
    },
  );
  expect(dialogs).toEqual([]);
});

test('the Embed dialog checks its options, and payload titles in its code stay inert on the host page', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const dialogs = await watch(page);
  await openPayloadProject(page);
  // One of the later events; the app's address names its id, which the embed code carries.
  const event = parts(page).listButtons.nth(4);
  const title = (await event.locator('.event-title').textContent()) ?? '';
  await event.click();
  const eventId = await expectHashEvent(page);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await dialog.getByRole('radio', { name: 'Dark' }).check();

  // A fixed height takes whole pixels in range; anything else gives no code and says why.
  await dialog.getByRole('radio', { name: 'Fixed height' }).check();
  const height = dialog.getByRole('spinbutton', { name: 'Height in pixels' });
  for (const typed of [...PAYLOADS.slice(0, 6), '12', '99999', '-500', '520.5']) {
    await height.fill('');
    await height.pressSequentially(typed);
    await expect(dialog.getByRole('alert')).toHaveText('A height from 240 to 4000 pixels.');
    await expect(code).toHaveValue('');
    await expect(dialog.getByRole('button', { name: 'Copy code' })).toBeDisabled();
  }
  await height.fill('520');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(code).toHaveValue(/height:520px/);
  await dialog.getByRole('radio', { name: 'Grow with the timeline' }).check();

  const snippet = await code.inputValue();
  // The title is in an attribute, escaped; the event id is in the address, encoded.
  expect(snippet).toContain('title="Timeline: &lt;img src=x onerror=window.__xss=1&gt;"');
  const src = (/ src="([^"]*)"/.exec(snippet)?.[1] ?? '').replace(/&amp;/g, '&');
  const options = new URLSearchParams(new URL(src).hash.slice(1));
  expect([options.get('event'), options.get('theme')]).toEqual([eventId, 'dark']);
  expect(snippet).not.toContain('<img');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expectNothingRan(page, dialogs);

  // Pasted into a page of another site: the reader opens on that event, dark, and nothing runs.
  await page.route('http://host.test/news/xss.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><title>News</title></head><body><h1>News</h1>\n${snippet}\n</body></html>`,
    }),
  );
  await page.goto('http://host.test/news/xss.html');
  const frame = page.frameLocator('iframe[title^="Timeline:"]');
  await expect(
    frame.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(title);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  const reader = page.frames().find((f) => f.url().includes('/reader.html'));
  expect(reader).toBeDefined();
  await expectNothingRan(reader!, dialogs);
  // The host page holds the snippet's one iframe and one script, and nothing the title made.
  expect(
    await page.evaluate(() => ({
      frames: document.querySelectorAll('iframe').length,
      scripts: document.querySelectorAll('script').length,
      other: document.querySelectorAll('img, svg, object, embed').length,
      marker: (window as { __xss?: unknown }).__xss,
    })),
  ).toEqual({ frames: 1, scripts: 1, other: 0, marker: undefined });
  expect(dialogs).toEqual([]);
});
