import { describe, expect, it } from 'vitest';
import { toCsv } from '../../core/formats/csv.ts';
import { projectOfArticle } from '../../core/formats/exportInput.ts';
import { toProjectJson } from '../../core/formats/projectJson.ts';
import { FIXTURE_ARTICLE, FIXTURE_EVENTS } from '../../core/formats/testFixtures.ts';
import { BrokenOpenWorker, FakeOpenWorker } from './fakeOpenWorker.ts';
import { describe as describeErrors, readImport } from './readImport.ts';

const project = projectOfArticle(FIXTURE_ARTICLE, FIXTURE_EVENTS, 'Almaty', '2026-11-30T09:00:00Z');
const now = '2026-12-01T10:00:00.000Z';
const file = (text: string, name: string) => new File([text], name);
const inWorker = { now, createWorker: () => new FakeOpenWorker() };
const here = { now, createWorker: null };

describe('readImport', () => {
  it('opens a native file in the worker as it was saved', async () => {
    const outcome = await readImport(file(toProjectJson(project), 'almaty.json'), inWorker);
    expect(outcome).toEqual({ ok: true, project });
  });

  it('gives the same timeline in the worker as on the page, for every format', async () => {
    for (const chosen of [
      file(toProjectJson(project), 'almaty.json'),
      file(toCsv(project), 'almaty.csv'),
    ]) {
      const a = await readImport(chosen, inWorker);
      const b = await readImport(chosen, here);
      expect(a.ok).toBe(true);
      expect(a).toEqual(b);
    }
  });

  it('refuses a bad file with where and what is wrong, worker or not', async () => {
    const bad = file(
      JSON.stringify({ ...JSON.parse(toProjectJson(project)), title: 42 }),
      'bad.json',
    );
    for (const options of [inWorker, here]) {
      const outcome = await readImport(bad, options);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.reason).toMatch(/^title: .+\.$/);
    }
    const notJson = await readImport(file('{"events": [', 'broken.json'), inWorker);
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.reason).toMatch(/^not valid JSON/);
  });

  it('says so when the worker stops', async () => {
    const outcome = await readImport(file('{}', 'a.json'), {
      now,
      createWorker: () => new BrokenOpenWorker(),
    });
    expect(outcome).toEqual({ ok: false, reason: 'boom' });
  });
});

describe('describe', () => {
  it('names the first three problems and counts the rest', () => {
    const errors = ['a', 'b', 'c', 'd', 'e'].map((path) => ({ path, message: 'wrong' }));
    expect(describeErrors(errors)).toBe('a: wrong; b: wrong; c: wrong (and 2 more problems).');
    expect(describeErrors([{ path: '', message: 'empty file' }])).toBe('empty file.');
  });
});
