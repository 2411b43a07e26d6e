import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeAttribute, tokenizeXml, tokenText } from './xmlTokens.ts';

describe('tokenizeXml', () => {
  it('keeps the source offsets of every token, covering the input without gaps', () => {
    const xml = '<?xml version="1.0"?><A x="1"><B/>text &amp; more<!-- note --></A>';
    const tokens = tokenizeXml(xml);
    expect(tokens.map((t) => t.kind)).toEqual([
      'other',
      'open',
      'empty',
      'text',
      'literal',
      'text',
      'other',
      'close',
    ]);
    expect(tokens.map((t) => xml.slice(t.from, t.to)).join('')).toBe(xml);
  });

  it('reads attributes in either quote style and decodes their entities', () => {
    const [tag] = tokenizeXml(`<T a="x &quot;y&quot;" b='it&apos;s' />`);
    expect(tag).toMatchObject({ kind: 'empty', name: 'T', attrs: { a: 'x "y"', b: "it's" } });
  });

  it('reads character references and CDATA as text', () => {
    const xml = '<A>&#65;&#x42;<![CDATA[<C>]]></A>';
    expect(
      tokenizeXml(xml)
        .map((t) => tokenText(xml, t))
        .join(''),
    ).toBe('AB<C>');
  });

  it('keeps a bare ampersand and an unknown entity as plain text', () => {
    const xml = '<A>AT&T &nbsp;</A>';
    const text = tokenizeXml(xml)
      .map((t) => tokenText(xml, t))
      .join('');
    expect(text).toBe('AT&T &nbsp;');
  });

  it('rejects crossed elements, naming the line', () => {
    expect(() => tokenizeXml('<A>\n<B></A></B>')).toThrow(/line 2.*<\/A> closes <B>/);
  });

  it('rejects an element that is never closed', () => {
    expect(() => tokenizeXml('<A><B></B>')).toThrow(/<A> is never closed/);
  });

  it('rejects a tag without its closing bracket and a stray <', () => {
    expect(() => tokenizeXml('<A><B x="1"</A>')).toThrow(/<B> is malformed/);
    expect(() => tokenizeXml('<A>1 < 2</A>')).toThrow(/does not start a tag/);
  });
});

describe('entities', () => {
  it('decodes the predefined entities and numeric references', () => {
    expect(decodeEntities('&lt;a&gt; &amp; &#8212; &#x1F600;')).toBe('<a> & \u2014 \u{1F600}');
  });

  it('escapes what a double-quoted attribute cannot hold', () => {
    expect(escapeAttribute('a<b & "c">')).toBe('a&lt;b &amp; &quot;c&quot;&gt;');
    expect(decodeEntities(escapeAttribute('a<b & "c">'))).toBe('a<b & "c">');
  });
});
