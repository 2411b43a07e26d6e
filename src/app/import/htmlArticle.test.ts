// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from './htmlArticle.ts';
import { htmlFragmentToText } from './htmlText.ts';

const fixture = (name: string) =>
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name), 'utf8');

describe('readHtmlArticle on a wire story page', () => {
  const page = readHtmlArticle(fixture('wire-story.html'));

  it('keeps the story paragraphs, in order, with their inline words joined', () => {
    expect(page.text.split('\n\n')).toEqual([
      'ALMATY, Feb. 27 (Example Wire) – Two opposition leaders were jailed for 15 days on Monday, a day after police broke up a rally in central Almaty.',
      'The rally on Saturday drew about 400 people, witnesses said.',
      'Another demonstration has been called for March 24.',
    ]);
  });

  it('drops navigation, scripts, styles, ads, share tools, related links, bylines and footers', () => {
    for (const furniture of [
      'World',
      'Search',
      'cookies',
      'dataLayer',
      'tracking',
      'font-family',
      'Advertisement',
      'loadAd',
      'Share',
      'Related',
      'Most read',
      'Dana Example',
      'All rights reserved',
      'Sign up',
      'Photo:',
    ]) {
      expect(page.text).not.toContain(furniture);
    }
  });

  it('reads the title, date, address, author and outlet the page states', () => {
    expect(page).toMatchObject({
      title: 'Kazakh opposition leaders jailed after Almaty rally',
      publishedOn: '2012-02-27',
      publishedFrom: 'article:published_time',
      sourceUrl: 'https://wire.example.com/world/kazakh-opposition-jailed-idUS123',
      author: 'Dana Example',
      outlet: 'Example Wire',
    });
  });
});

describe('readHtmlArticle on a blog page without semantic markup', () => {
  const page = readHtmlArticle(fixture('blog-post.html'));

  it('finds the story by where the paragraphs are and drops menus, sidebars and comments', () => {
    expect(page.text.split('\n\n')).toEqual([
      'The council voted 5 to 2 on Monday night to close the Main Street library at the end of June.',
      'Residents packed the meeting, which ran past midnight.',
      'Many spoke against the plan.',
      'A petition with 1,200 signatures was delivered last week.',
      'The library opened in 1962.',
    ]);
  });

  it('reads event handlers as nothing: they are attributes, never text, and never run', () => {
    expect(page.text).not.toMatch(/alert|steal|onclick|onerror/);
  });

  it('takes the headline from the page title without the site name', () => {
    expect(page.title).toBe('Town council votes to close the library');
    expect(page.publishedOn).toBe('2019-03-05');
    expect(page.sourceUrl).toBeNull();
  });
});

describe('readHtmlArticle on other shapes', () => {
  it('reads the paragraphs of a page with a bare content div', () => {
    const page = readHtmlArticle(fixture('no-markup.html'));
    expect(page.text).toBe(
      'First paragraph of a plain page.\n\nSecond paragraph, dated 3 April 2020.',
    );
    expect(page.publishedOn).toBeNull();
  });

  it('reads a date from JSON-LD when there is no meta tag, and ignores a broken block', () => {
    const page = readHtmlArticle(
      '<script type="application/ld+json">{broken</script>' +
        '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2020-04-03T10:00:00Z"}]}</script>' +
        '<article><p>Text.</p></article>',
    );
    expect(page.publishedOn).toBe('2020-04-03');
    expect(page.publishedFrom).toBe('datePublished');
  });

  it('refuses an impossible date in metadata', () => {
    const page = readHtmlArticle(
      '<meta property="article:published_time" content="2012-02-31"><article><p>T.</p></article>',
    );
    expect(page.publishedOn).toBeNull();
  });

  it('shows markup written as text as text', () => {
    const page = readHtmlArticle(
      '<article><p>Use &lt;script&gt;alert(1)&lt;/script&gt; safely</p></article>',
    );
    expect(page.text).toBe('Use <script>alert(1)</script> safely');
  });

  it('does not run scripts while reading', () => {
    const before = (globalThis as { __ran?: boolean }).__ran;
    readHtmlArticle(
      '<p><img src="x" onerror="globalThis.__ran = true"><script>globalThis.__ran = true</script>Hi</p>',
    );
    expect((globalThis as { __ran?: boolean }).__ran).toBe(before);
  });
});

describe('htmlFragmentToText (rich paste)', () => {
  it('keeps paragraphs and list items apart and joins inline formatting', () => {
    const html =
      '<meta charset="utf-8"><!--StartFragment--><h2>Headline</h2><p>One <b>bold</b> <a href="#">link</a>.</p>' +
      '<ul><li>first</li><li>second</li></ul><div>Last<br>line</div><!--EndFragment-->';
    expect(htmlFragmentToText(html)).toBe(
      'Headline\n\nOne bold link.\n\nfirst\n\nsecond\n\nLast\n\nline',
    );
  });

  it('drops styles and scripts from a paste', () => {
    expect(htmlFragmentToText('<style>p{}</style><p>Text</p><script>x()</script>')).toBe('Text');
  });
});
