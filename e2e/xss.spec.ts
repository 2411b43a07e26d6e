import { expect, test, type Page } from '@playwright/test';
import { projectOfArticle } from '../src/core/formats/exportInput.ts';
import type { Article, TimelineEvent } from '../src/core/model/index.ts';
import { openTimeline, parts } from './support.ts';

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
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Nothing leaves the machine: the payloads' remote scripts are not fetched anyway.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  const injected = await page.evaluate(() => {
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

function payloadProject() {
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
      id: `xss-${i}`,
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

test('payloads in an imported native project (article text, titles, quotes, sources) stay text everywhere', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dialogs = await watch(page);
  await openTimeline(page);
  await importText(page, 'xss.datelines.json', JSON.stringify(payloadProject()));
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toBeVisible();
  const { listButtons, details, timeline } = parts(page);
  await expect(listButtons.first()).toBeVisible();
  // The payloads are shown, as text.
  await expect(page.getByRole('region', { name: 'Article' })).toContainText(
    '<script>alert(1)</script>',
  );
  await expect(timeline.locator('.vis-item-content').first()).toBeVisible({ timeout: 15_000 });
  // Every event's details: title, quotes, how the date was read.
  // The article is read again in the background; its events are clicked once it is read.
  await expect(page.getByRole('status').filter({ hasText: /Reading/ })).toHaveCount(0, {
    timeout: 20_000,
  });
  const count = await listButtons.count();
  for (let i = 0; i < count; i++) {
    await listButtons.nth(i).click();
    await expect(details.getByRole('heading', { level: 2 })).not.toBeEmpty();
  }
  await page.mouse.move(300, 300);
  await page.mouse.move(600, 400);
  await expectNothingRan(page, dialogs);

  // Presenting and the quiz render the same titles.
  await page.getByRole('button', { name: 'Present' }).click();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Quiz' }).click();
  await page.getByRole('button', { name: 'Reveal' }).click();
  await page.keyboard.press('Escape');
  // And printing.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('list', { name: 'Events' })).toContainText('onerror');
  await page.emulateMedia({ media: 'screen' });
  await expectNothingRan(page, dialogs);
});

test('payloads in imported TimelineJS JSON and CSV and in refused files stay text', async ({
  page,
}) => {
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
});

test('payloads in the URL fragment are never run', async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs = await watch(page);
  await openTimeline(page);
  for (const payload of PAYLOADS) {
    await page.goto(`/#event=${encodeURIComponent(payload)}`);
    await page.goto(`/#${payload}`);
  }
  await openTimeline(page, `#event=${encodeURIComponent(PAYLOADS[0] ?? '')}`);
  await expectNothingRan(page, dialogs);
});
