import { describe, expect, it } from 'vitest';
import { decodeText, markdownToText, readArticleFile } from './articleFile.ts';
import { MAX_ARTICLE_BYTES } from './limits.ts';

const file = (parts: BlobPart[], name: string, type = '') => new File(parts, name, { type });

describe('readArticleFile', () => {
  it('reads a text file, its name as the title', async () => {
    const result = await readArticleFile(file(['Line one.\r\nLine two.\n'], 'council_vote.txt'));
    expect(result).toEqual({
      ok: true,
      article: expect.objectContaining({
        text: 'Line one.\nLine two.',
        title: 'council vote',
      }) as unknown,
    });
  });

  it('reads markdown, the first heading as the title', async () => {
    const result = await readArticleFile(
      file(
        ['# Library closes\n\nThe **council** voted on [Monday](https://x.test).\n\n- one\n'],
        'a.md',
      ),
    );
    expect(result.ok && result.article).toMatchObject({
      title: 'Library closes',
      text: 'The council voted on Monday.\n\none',
    });
  });

  it('refuses a file over the limit, saying the limit', async () => {
    const big = {
      name: 'huge.txt',
      type: 'text/plain',
      size: MAX_ARTICLE_BYTES + 1,
    } as unknown as File;
    const result = await readArticleFile(big);
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('files up to 10 MB') as unknown,
    });
    expect(!result.ok && result.message).toContain('“huge.txt” is 10 MB');
  });

  it('refuses binary content even with a text extension', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const result = await readArticleFile(file([png], 'photo.txt'));
    expect(!result.ok && result.message).toMatch(/not a text file/);
  });

  it('refuses a file of another kind', async () => {
    const result = await readArticleFile(file(['%PDF-1.4'], 'story.pdf', 'application/pdf'));
    expect(!result.ok && result.message).toMatch(/Open a .txt, .md or .html file/);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 without its BOM and falls back to Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xe2, 0x80, 0x93]))).toBe('A–');
    // Browsers map 0x93/0x94 to curly quotes; Node's small ICU reads them as Latin-1.
    expect(decodeText(new Uint8Array([0x93, 0x48, 0x69, 0x94]))).toMatch(/^.Hi.$/);
  });
});

describe('markdownToText', () => {
  it('keeps the words of emphasis, links and quotes, and drops images', () => {
    expect(markdownToText('> *Quoted* `code` ![pic](p.png) text').text).toBe('Quoted code  text');
  });
});
