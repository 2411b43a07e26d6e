import { describe, expect, it } from 'vitest';
import xss from './escapeOnlyXss.ts';

describe('escape-only FilterXSS', () => {
  it('turns every piece of markup into text', () => {
    const filter = new xss.FilterXSS({ whiteList: { b: [] } });
    expect(filter.process('<b>bold</b> <img src=x onerror="alert(1)">')).toBe(
      '&lt;b&gt;bold&lt;/b&gt; &lt;img src=x onerror=&quot;alert(1)&quot;&gt;',
    );
  });

  it('leaves plain words as they are', () => {
    expect(new xss.FilterXSS().process('Published 27 Feb 2012')).toBe('Published 27 Feb 2012');
  });
});
