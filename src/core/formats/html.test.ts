import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlToText } from './html.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or end an attribute', () => {
    expect(escapeHtml(`<img src=x onerror='a("b")'> & more`)).toBe(
      '&lt;img src=x onerror=&#39;a(&quot;b&quot;)&#39;&gt; &amp; more',
    );
  });
  it('leaves other text, including typographic quotes, as it is', () => {
    expect(escapeHtml('“Almaty” – 25 February')).toBe('“Almaty” – 25 February');
  });
});

describe('htmlToText', () => {
  it('drops tags and puts line breaks where blocks end', () => {
    expect(htmlToText('<blockquote>“One”</blockquote><p>Two <b>bold</b><br>three</p>')).toBe(
      '“One”\nTwo bold\nthree',
    );
  });
  it('decodes named and numeric entities, once', () => {
    expect(htmlToText('&lt;b&gt; &amp;amp; &#8220;x&#x201D; &nbsp;')).toBe('<b> &amp; “x”');
  });
  it('keeps entities it does not know, and code points that cannot exist, as written', () => {
    expect(htmlToText('&bogus; &#x110000;')).toBe('&bogus; &#x110000;');
  });
});
