import { describe, expect, it } from 'vitest';
import { parseProjectJson, toProjectJson } from './projectJson.ts';
import { projectOfArticle } from './exportInput.ts';
import { FIXTURE_ARTICLE, FIXTURE_EVENTS } from './testFixtures.ts';

const project = projectOfArticle(FIXTURE_ARTICLE, FIXTURE_EVENTS, 'Almaty, February 2012');

describe('toProjectJson / parseProjectJson', () => {
  it('reads back exactly the project it wrote', () => {
    const text = toProjectJson(project);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseProjectJson(text)).toEqual({ ok: true, value: project });
  });

  it('does not change the project it writes', () => {
    const before = structuredClone(project);
    toProjectJson(project);
    expect(project).toEqual(before);
  });

  it('says where each problem is instead of throwing, and keeps the input', () => {
    const broken = structuredClone(project) as unknown as {
      format: string;
      articles: Array<{ publishedOn: string }>;
      events: Array<{ date: { start: { value: string } } }>;
    };
    broken.format = 'other/9';
    broken.articles[0]!.publishedOn = '2012-02-30';
    broken.events[1]!.date.start.value = 'Feb 2012';
    const text = JSON.stringify(broken);
    const result = parseProjectJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.input).toBe(text);
    const paths = result.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['format', 'articles[0].publishedOn', 'events[1].date.start.value']),
    );
    expect(result.errors.find((e) => e.path === 'articles[0].publishedOn')?.message).toMatch(
      /no such day/,
    );
  });

  it('reports text that is not JSON as one error for the whole file', () => {
    const result = parseProjectJson('{"format": ');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe('');
    expect(result.errors[0]?.message).toMatch(/^not valid JSON/);
  });

  it('fills defaults the schema declares for fields older files leave out', () => {
    const minimal = JSON.parse(toProjectJson(project)) as {
      events: Array<Record<string, unknown>>;
    };
    delete minimal.events[0]!.edited;
    const result = parseProjectJson(JSON.stringify(minimal));
    expect(result.ok && result.value.events[0]?.edited).toBe(false);
  });
});
