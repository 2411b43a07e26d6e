import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';
import { consistencyErrors, parseImportFile } from './importFile.ts';
import { toProjectJson } from './projectJson.ts';
import { FIXTURE_EVENTS, FIXTURE_PROJECT, FIXTURE_V1_PROJECT } from './testFixtures.ts';
import { toTimelineJs } from './timelineJs.ts';

const project = FIXTURE_PROJECT;
const options = { now: '2026-12-01T10:00:00.000Z', fileName: 'almaty.json' };

function imported(text: string, fileName = 'file.txt') {
  const result = parseImportFile(text, { ...options, fileName });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('parseImportFile', () => {
  it('opens a native project with nothing lost', () => {
    const back = imported(toProjectJson(project));
    expect(back.kind).toBe('datelines');
    expect(back.project).toEqual(project);
  });

  it('upgrades a datelines/1 project', () => {
    const v1 = FIXTURE_V1_PROJECT;
    const back = imported(JSON.stringify(v1));
    expect(back.project.format).toBe('datelines/2');
    expect(back.project.events).toEqual(FIXTURE_EVENTS);
  });

  it('opens its own TimelineJS export as events added by hand, so reading again keeps them', () => {
    const back = imported(JSON.stringify(toTimelineJs(project)));
    expect(back.kind).toBe('timelinejs');
    expect(back.project.title).toBe('Almaty, February 2012');
    expect(back.project.events.map((e) => e.title)).toEqual(FIXTURE_EVENTS.map((e) => e.title));
    expect(back.project.events.map((e) => e.date.start.value)).toEqual(
      FIXTURE_EVENTS.map((e) => e.date.start.value),
    );
    expect(back.project.articles[0]).toMatchObject({
      text: '',
      publishedOn: '2026-12-01',
      publishedOnGiven: false,
    });
    expect(back.project.engine).toEqual([]);
    expect(back.project.edits.map((e) => e.kind)).toEqual(FIXTURE_EVENTS.map(() => 'add'));
    expect(back.project.events[0]?.sources[0]?.span.text).toBe(
      FIXTURE_EVENTS[0]?.sources[0]?.span.text,
    );
    expect(consistencyErrors(back.project)).toEqual([]);
  });

  it('opens its own CSV export, with the byte-order mark the app adds', () => {
    const back = imported(`\uFEFF${toCsv(project)}`, 'almaty.csv');
    expect(back.kind).toBe('csv');
    expect(back.project.title).toBe('Almaty, February 2012');
    const events = back.project.events;
    expect(events.map((e) => e.id)).toEqual(FIXTURE_EVENTS.map((e) => e.id));
    expect(events.map((e) => e.title)).toEqual(FIXTURE_EVENTS.map((e) => e.title));
    expect(events.map((e) => e.date.start)).toEqual(FIXTURE_EVENTS.map((e) => e.date.start));
    expect(events.map((e) => e.date.end)).toEqual(FIXTURE_EVENTS.map((e) => e.date.end));
    expect(events.map((e) => e.status)).toEqual(FIXTURE_EVENTS.map((e) => e.status));
    expect(events.map((e) => e.sources.map((s) => s.span.text))).toEqual(
      FIXTURE_EVENTS.map((e) => e.sources.map((s) => s.span.text)),
    );
    expect(consistencyErrors(back.project)).toEqual([]);
  });

  // Written by hand after TimelineJS3's documented JSON format (timeline.knightlab.com/docs/json-format.html):
  // numbers as strings, media, an era, a slide with only a year and one with HTML.
  const handMade = `{
    "title": {
      "media": { "url": "https://example.org/cover.jpg", "caption": "", "credit": "" },
      "text": { "headline": "Whitney Houston<br/> 1963 - 2012", "text": "<p>Houston's voice caught the imagination of the world.</p>" }
    },
    "events": [
      {
        "media": { "url": "https://youtu.be/xyz", "caption": "Singing", "credit": "CBS" },
        "start_date": { "month": "8", "day": "9", "year": "1963" },
        "text": { "headline": "A Musical Heritage", "text": "<p>Born in <b>New Jersey</b>.</p><img src=x onerror=alert(1)>" }
      },
      {
        "start_date": { "year": 1985 },
        "end_date": { "year": 1986, "month": 2 },
        "text": { "headline": "Debut album" },
        "group": "Career"
      },
      {
        "start_date": { "year": "2012", "month": "02", "day": "11", "hour": "15", "minute": "55" },
        "display_date": "11 February 2012, afternoon",
        "text": { "headline": "Death", "text": "<blockquote>She was found at 3:55 p.m.</blockquote>" },
        "unique_id": "death"
      }
    ],
    "eras": [ { "start_date": { "year": 1963 }, "end_date": { "year": 1985 }, "text": { "headline": "Early years" } } ]
  }`;

  it('opens a TimelineJS3 JSON written by hand after its documented format', () => {
    const back = imported(handMade, 'houston.json');
    expect(back.kind).toBe('timelinejs');
    expect(back.project.title).toBe('Whitney Houston\n1963 - 2012');
    const [born, debut, death] = back.project.events;
    expect(born?.title).toBe('A Musical Heritage');
    expect(born?.date.start).toEqual({ value: '1963-08-09', precision: 'day', approximate: false });
    expect(born?.sources[0]?.span.text).toBe('Born in New Jersey.');
    expect(debut?.date.start).toMatchObject({ value: '1985', precision: 'year' });
    expect(debut?.date.end).toMatchObject({ value: '1986-02', precision: 'month' });
    expect(death?.id).toBe('death');
    expect(death?.date.start).toMatchObject({ value: '2012-02-11T15:55', precision: 'minute' });
    expect(death?.date.derivation.phrase).toBe('11 February 2012, afternoon');
    expect(death?.sources[0]?.span.text).toBe('She was found at 3:55 p.m.');
    expect(JSON.stringify(back.project)).not.toMatch(/<img|<b>|onerror/);
  });

  it('names the file after its title when the file has none', () => {
    expect(imported('Year,Headline\n2012,Rally\n', 'rallies 2012.csv').project.title).toBe(
      'rallies 2012',
    );
  });

  it.each([
    ['{"format": "datelines/9", "id": "x", "title": "", "articles": [], "events": []}', 'format'],
    ['{"format": "datelines/2", "id": "x", "title": "", "articles": []}', 'createdAt'],
    ['{"events": [{"start_date": {"year": 2012, "month": 14}}]}', 'events[0].start_date.month'],
    ['{"events": "none"}', 'events'],
    ['{"title": "x"}', ''],
    ['[1, 2]', ''],
    ['{"format": ', ''],
    ['Year,Month,Headline\n2012,2,Rally\n2012,13,Vote\n', 'row 3, column Month'],
    ['name,when\nRally,2012\n', 'header'],
  ])('refuses %j, naming %j', (text, path) => {
    const result = parseImportFile(text, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.path).toBe(path);
    expect(result.errors[0]?.message).not.toBe('');
    expect(result.input).toBe(text);
  });

  it('refuses a native project whose passage is not where its offsets say', () => {
    const moved = structuredClone(project);
    const source = moved.events[1]?.sources[0];
    if (source) source.span.start += 3;
    const result = parseImportFile(toProjectJson(moved), options);
    expect(!result.ok && result.errors[0]?.path).toBe('events[1].sources[0].span');
  });

  it('refuses a native project with an event id used twice or a passage of no article', () => {
    const twice = { ...project, events: [project.events[0], project.events[0]] };
    expect(!parseImportFile(JSON.stringify(twice), options).ok).toBe(true);
    const orphan = structuredClone(project);
    const source = orphan.events[0]?.sources[0];
    if (source) source.documentId = 'elsewhere';
    const result = parseImportFile(JSON.stringify(orphan), options);
    expect(!result.ok && result.errors[0]?.path).toBe('events[0].sources[0].documentId');
  });
});
