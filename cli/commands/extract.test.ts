import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_EVENTS } from '../../src/core/formats/testFixtures.ts';
import { parseProjectJson } from '../../src/core/formats/projectJson.ts';
import { fakeIo } from '../fakeIo.ts';
import { toProjectJson } from '../../src/core/formats/projectJson.ts';
import { projectOfArticle } from '../../src/core/formats/exportInput.ts';
import { compareEventDates } from '../../src/core/calendar/interval.ts';
import { articleOf, projectJsonPieces, runExtract } from './extract.ts';

// The engine is replaced by hand-made events: these tests are about what the command
// does with events, whatever the engine finds.
vi.mock('../../src/core/extract/index.ts', () => ({
  extractArticle: vi.fn(() => ({ sentences: [], timexes: [], events: FIXTURE_EVENTS })),
}));

// Put in date order, then text order, as the engine gives them (the command keeps that order).
const EVENTS = [...FIXTURE_EVENTS].sort(
  (a, b) =>
    compareEventDates(a.date, b.date) || a.sources[0]!.span.start - b.sources[0]!.span.start,
);

const options = { input: 'rally.txt', published: '2012-02-27' } as const;
const run = async (format: 'json' | 'timelinejs' | 'csv' | 'ics') => {
  const io = fakeIo({ 'rally.txt': 'Some article.' }, { now: new Date(Date.UTC(2026, 0, 2)) });
  await runExtract({ ...options, format }, io);
  return io.out;
};

describe('runExtract', () => {
  it('writes the events into the native project', async () => {
    const project = parseProjectJson(await run('json'));
    expect(project.ok && project.value.events).toEqual(EVENTS);
  });

  it('writes one TimelineJS slide per event', async () => {
    const timeline = JSON.parse(await run('timelinejs')) as { events: { unique_id: string }[] };
    expect(timeline.events.map((e) => e.unique_id)).toEqual(EVENTS.map((e) => e.id));
  });

  it("writes TimelineJS's title row, then one CSV row per event", async () => {
    const rows = Papa.parse<Record<string, string>>(await run('csv'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows[0]?.Type).toBe('title');
    expect(rows.slice(1).map((r) => r.id)).toEqual(EVENTS.map((e) => e.id));
  });

  it('writes one VEVENT per event, stamped with the time the io gives', async () => {
    const ics = await run('ics');
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(EVENTS.length);
    expect(ics).toContain('DTSTAMP:20260102T000000Z');
  });
});

describe('articleOf', () => {
  it('titles and names the article after its file unless a title is given', () => {
    expect(
      articleOf('x', { ...options, input: 'in/Almaty Rally.txt', format: 'json' }),
    ).toMatchObject({
      id: 'almaty-rally',
      title: 'Almaty Rally',
      publishedOn: '2012-02-27',
    });
    expect(
      articleOf('x', { ...options, input: '-', format: 'json', title: 'Almaty' }),
    ).toMatchObject({
      id: 'almaty',
      title: 'Almaty',
    });
  });

  it('turns Windows line ends into \\n so offsets match what editors show', () => {
    expect(articleOf('a\r\nb\rc', { ...options, format: 'json' }).text).toBe('a\nb\nc');
  });
});

describe('runExtract on a large result', () => {
  it('writes it in pieces that join to the whole, never splitting an emoji', async () => {
    const io = fakeIo({ 'big.txt': `${'😀'.repeat(700_000)}\n` });
    const pieces: string[] = [];
    io.stdout = (text) => void pieces.push(text);
    io.stdoutDrained = (text) => {
      pieces.push(text);
      return Promise.resolve();
    };
    await runExtract({ ...options, input: 'big.txt', format: 'json' }, io);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(parseProjectJson(pieces.join('')).ok).toBe(true);
  });
});

describe('projectJsonPieces', () => {
  it('joins to exactly toProjectJson, with and without events', () => {
    const project = projectOfArticle(
      articleOf('Some article.', { ...options, format: 'json' }),
      [...FIXTURE_EVENTS, ...FIXTURE_EVENTS, ...FIXTURE_EVENTS],
      'P',
      '2012-02-27T00:00:00.000Z',
    );
    expect([...projectJsonPieces(project, 2)].join('')).toBe(toProjectJson(project));
    expect([...projectJsonPieces(project, 100)].join('')).toBe(toProjectJson(project));
    const empty = { ...project, engine: [], events: [] };
    expect([...projectJsonPieces(empty)].join('')).toBe(toProjectJson(empty));
  });

  it('writes values given by path in their place, byte for byte', () => {
    const events = [...FIXTURE_EVENTS, ...FIXTURE_EVENTS];
    const text = 'Line “one” 😀\n\tLine "two"\\\n';
    const whole = projectOfArticle(
      articleOf(text, { ...options, format: 'json' }),
      events,
      'P',
      '2012-02-27T00:00:00.000Z',
    );
    const hollow = projectOfArticle(
      articleOf('', { ...options, format: 'json' }),
      [],
      'P',
      '2012-02-27T00:00:00.000Z',
    );
    const list = (indent: string) => {
      const inner = `${indent}  `;
      const items = events.map(
        (e) => inner + JSON.stringify(e, null, 2).replace(/\n/g, `\n${inner}`),
      );
      return [`[\n${items.join(',\n')}\n${indent}]`];
    };
    const pieces = projectJsonPieces(hollow, 3, {
      'articles.0.text': () => [
        '"',
        ...text
          .split('\n')
          .map((t, i, all) => JSON.stringify(i < all.length - 1 ? `${t}\n` : t).slice(1, -1)),
        '"',
      ],
      'engine.0.events': list,
      events: list,
    });
    expect([...pieces].join('')).toBe(toProjectJson(whole));
  });
});

describe('runExtract on a text of several parts', () => {
  it('writes the whole text, decoded part by part, line ends as line feeds', async () => {
    const line = 'Crowds gathered “again” in the square 😀 on Tuesday.\r\n';
    const text = line.repeat(Math.ceil(450_000 / line.length));
    const io = fakeIo({ 'big.txt': text });
    await runExtract({ ...options, input: 'big.txt', format: 'json' }, io);
    const project = parseProjectJson(io.out);
    expect(project.ok && project.value.articles[0]!.text).toBe(text.replace(/\r\n/g, '\n'));
  });
});
