import { describe, expect, it } from 'vitest';
import { deflateSync, inflateSync, strToU8 } from 'fflate';
import { bytesToBase64Url } from './base64Url.ts';
import { projectOfArticle } from './exportInput.ts';
import { toProjectJson } from './projectJson.ts';
import {
  decodeReaderLink,
  decodeReaderLinkWith,
  encodeReaderLink,
  MAX_LINK_CHARS,
  MAX_LINK_JSON_BYTES,
  parseReaderFile,
  readerTimelineFromProject,
  type ReaderLinkResult,
} from './readerLink.ts';
import { FIXTURE_ARTICLE, FIXTURE_EVENTS } from './testFixtures.ts';

const project = projectOfArticle(FIXTURE_ARTICLE, FIXTURE_EVENTS, 'Almaty, February 2012');
const timeline = readerTimelineFromProject(project);

function errorOf(result: ReaderLinkResult): string {
  if (result.ok) throw new Error('expected the link to be refused');
  return result.error;
}

describe('readerTimelineFromProject', () => {
  it('keeps the title, where the article appeared and every event with its quotes', () => {
    expect(timeline.title).toBe('Almaty, February 2012');
    expect(timeline.articles).toEqual([
      {
        id: FIXTURE_ARTICLE.id,
        title: FIXTURE_ARTICLE.title,
        outlet: 'Example News',
        publishedOn: '2012-02-27',
        url: 'https://example.org/almaty',
      },
    ]);
    expect(timeline.events.map((e) => e.title)).toEqual(FIXTURE_EVENTS.map((e) => e.title));
    expect(timeline.events.map((e) => e.sources[0]?.span.text)).toEqual(
      FIXTURE_EVENTS.map((e) => e.sources[0]?.span.text),
    );
    expect(timeline.events[0]?.date.derivation.explanation).toBe(
      FIXTURE_EVENTS[0]?.date.derivation.explanation,
    );
  });

  it('leaves the article text out of the link', () => {
    expect(JSON.stringify(timeline)).not.toContain('2 p.m. in Almaty');
  });

  it('does not change the project', () => {
    const before = structuredClone(project);
    readerTimelineFromProject(project);
    expect(project).toEqual(before);
  });
});

describe('encodeReaderLink / decodeReaderLink', () => {
  it('reads back exactly the timeline it wrote, markup in the text kept as text', () => {
    const link = encodeReaderLink(timeline);
    expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
    const read = decodeReaderLink(link);
    expect(read).toEqual({ ok: true, value: timeline });
  });

  it('packs a timeline much smaller than its JSON', () => {
    expect(encodeReaderLink(timeline).length).toBeLessThan(JSON.stringify(timeline).length);
  });

  it('says a link cut short is damaged', () => {
    const link = encodeReaderLink(timeline);
    const read = decodeReaderLink(link.slice(0, Math.floor(link.length / 2)));
    expect(errorOf(read)).toMatch(/^This link is damaged/);
  });

  it('says a link with foreign characters is damaged', () => {
    const read = decodeReaderLink('abc def<script>');
    expect(errorOf(read)).toMatch(/characters/);
  });

  it('names the field at fault when the data is not a reader timeline', () => {
    const bad = { ...timeline, events: [{ ...timeline.events[0], title: '' }] };
    const link = bytesToBase64Url(deflateSync(strToU8(JSON.stringify(bad))));
    expect(errorOf(decodeReaderLink(link))).toContain('events[0].title');
  });

  it('refuses a link longer than the limit without unpacking it', () => {
    const read = decodeReaderLink('A'.repeat(MAX_LINK_CHARS + 1));
    expect(errorOf(read)).toMatch(/too long/);
  });

  it('refuses a short link that unpacks to a huge text', () => {
    const bomb = bytesToBase64Url(
      deflateSync(new Uint8Array(MAX_LINK_JSON_BYTES * 2).fill(32), { level: 9 }),
    );
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(errorOf(decodeReaderLink(bomb))).toMatch(/more than a reader will take/);
  });

  it('refuses an empty link', () => {
    expect(decodeReaderLink('').ok).toBe(false);
  });
});

describe('parseReaderFile', () => {
  it('reads the native JSON file the app exports', () => {
    expect(parseReaderFile(toProjectJson(project))).toEqual({ ok: true, value: timeline });
  });

  it('reads the reader’s own JSON', () => {
    expect(parseReaderFile(JSON.stringify(timeline))).toEqual({ ok: true, value: timeline });
  });

  it('says what is wrong with a file that is not a timeline', () => {
    expect(errorOf(parseReaderFile('<html>Not found</html>'))).toMatch(
      /^This file is not a timeline: it is not valid JSON/,
    );
    expect(errorOf(parseReaderFile('{"events":[]}'))).toMatch(/not a Datelines timeline/);
    const broken = { ...project, events: [{ ...project.events[0], date: 'soon' }] };
    expect(errorOf(parseReaderFile(JSON.stringify(broken)))).toMatch(/damaged: events\[0\]\.date/);
  });

  it('refuses a timeline without an article', () => {
    expect(errorOf(parseReaderFile(JSON.stringify({ ...project, articles: [] })))).toMatch(
      /article/,
    );
  });
});

describe('events waiting for a date', () => {
  it('are left out of the reader, which has no place to draw them', () => {
    const waiting = { ...FIXTURE_EVENTS[0]!, id: 'undated', needsDate: true };
    const withUndated = { ...project, events: [...project.events, waiting] };
    expect(readerTimelineFromProject(withUndated).events.map((e) => e.id)).not.toContain('undated');
    const read = parseReaderFile(toProjectJson(withUndated));
    expect(read.ok && read.value.events.map((e) => e.id)).toEqual(FIXTURE_EVENTS.map((e) => e.id));
  });
});

describe('decodeReaderLinkWith', () => {
  it('reads a link with another inflater, with the same checks', async () => {
    const link = encodeReaderLink(timeline);
    const fflateInflate = (bytes: Uint8Array) => Promise.resolve(inflateSync(bytes));
    expect(await decodeReaderLinkWith(link, fflateInflate)).toEqual({ ok: true, value: timeline });
    const bomb = () => Promise.resolve('too-big' as const);
    expect(errorOf(await decodeReaderLinkWith(link, bomb))).toMatch(/more than a reader will take/);
    expect(errorOf(await decodeReaderLinkWith('a b', fflateInflate))).toMatch(/characters/);
  });
});
