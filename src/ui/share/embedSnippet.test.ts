import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embedSnippet.ts';

const SRC = 'https://app.example/datelines/reader.html#t=abc&theme=dark';

describe('embedSnippet', () => {
  it('frames the reader at its absolute address, named for screen readers', () => {
    const html = embedSnippet({ src: SRC, title: 'Almaty', fixedHeight: null, frameId: 'dl-1' });
    expect(html).toMatch(
      /^<iframe id="dl-1" src="https:\/\/app\.example\/datelines\/reader\.html#t=abc&amp;theme=dark"/,
    );
    expect(html).toContain('title="Timeline: Almaty"');
  });

  it('adds a script that takes heights only from its own iframe, of the reader’s origin', () => {
    const html = embedSnippet({ src: SRC, title: 'Almaty', fixedHeight: null, frameId: 'dl-1' });
    expect(html).toContain('document.getElementById("dl-1")');
    expect(html).toContain('event.source !== frame.contentWindow');
    expect(html).toContain('event.origin !== "https://app.example"');
    expect(html).toContain("data.type !== 'datelines:height'");
  });

  it('has no script when the height is fixed', () => {
    const html = embedSnippet({ src: SRC, title: 'Almaty', fixedHeight: 480, frameId: 'dl-1' });
    expect(html).not.toContain('<script');
    expect(html).toContain('height:480px');
  });

  it('escapes a title that tries to leave its attribute', () => {
    const html = embedSnippet({
      src: SRC,
      title: '"><script>alert(1)</script>',
      fixedHeight: 480,
      frameId: 'dl-1',
    });
    expect(html).toContain('title="Timeline: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).not.toContain('<script');
  });
});
