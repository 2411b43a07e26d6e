import { describe, expect, it } from 'vitest';
import { hostedFileUrl, readerOptions, readerUrl } from './readerUrl.ts';

const PAGE = 'https://app.example/datelines/reader.html';

describe('readerOptions', () => {
  it('reads the timeline from the fragment and the options from either part', () => {
    expect(readerOptions('?theme=dark&height=600', '#t=abc_-&event=e3')).toEqual({
      payload: 'abc_-',
      src: null,
      eventId: 'e3',
      theme: 'dark',
      height: 600,
    });
  });

  it('lets the fragment win over the query', () => {
    expect(readerOptions('?theme=dark&event=a', '#theme=light&event=b')).toMatchObject({
      theme: 'light',
      eventId: 'b',
    });
  });

  it('reads a hosted file from the query only', () => {
    expect(readerOptions('?src=https%3A%2F%2Fnews.example%2Ft.json', '#src=x').src).toBe(
      'https://news.example/t.json',
    );
  });

  it('ignores a theme or height it does not know instead of using it', () => {
    expect(readerOptions('', '#theme=<script>&height=9e9')).toMatchObject({
      theme: 'light',
      height: null,
    });
    expect(readerOptions('', '#height=100')).toMatchObject({ height: null });
    expect(readerOptions('', '#height=480.5')).toMatchObject({ height: null });
    for (const height of ['5e2', '0x1f4', '500px', ' 500', '+500', '-500', '0500000', '']) {
      expect(readerOptions('', `#height=${encodeURIComponent(height)}`).height).toBeNull();
    }
    expect(readerOptions('', '#height=0500').height).toBe(500);
    expect(readerOptions('', '#theme=auto')).toMatchObject({ theme: 'auto' });
  });

  it('gives nothing for an empty address', () => {
    expect(readerOptions('', '')).toEqual({
      payload: null,
      src: null,
      eventId: null,
      theme: 'light',
      height: null,
    });
  });
});

describe('readerUrl', () => {
  it('puts the timeline and options in the fragment of an absolute address', () => {
    expect(readerUrl(PAGE, { payload: 'abc', eventId: 'e 3', theme: 'dark', height: 640 })).toBe(
      `${PAGE}#t=abc&event=e+3&theme=dark&height=640`,
    );
  });

  it('names a hosted file in the query, and drops whatever the page address had', () => {
    expect(readerUrl(`${PAGE}?x=1#old`, { src: 'https://news.example/a b.json' })).toBe(
      `${PAGE}?src=https%3A%2F%2Fnews.example%2Fa+b.json`,
    );
  });

  it('reads back as the options it was written with', () => {
    const url = new URL(readerUrl(PAGE, { payload: 'x-y_z', eventId: 'e&1=2', theme: 'auto' }));
    expect(readerOptions(url.search, url.hash)).toEqual({
      payload: 'x-y_z',
      src: null,
      eventId: 'e&1=2',
      theme: 'auto',
      height: null,
    });
  });
});

describe('hostedFileUrl', () => {
  it('takes http(s) addresses, relative ones against the reader page', () => {
    expect(hostedFileUrl('https://news.example/t.json', PAGE)).toBe('https://news.example/t.json');
    expect(hostedFileUrl('data/t.json', PAGE)).toBe('https://app.example/datelines/data/t.json');
  });

  it('refuses every other kind of address', () => {
    expect(hostedFileUrl('javascript:alert(1)', PAGE)).toBeNull();
    expect(hostedFileUrl('data:application/json,{}', PAGE)).toBeNull();
    expect(hostedFileUrl('file:///etc/passwd', PAGE)).toBeNull();
  });
});
