import { describe, expect, it } from 'vitest';
import { toCsv } from '../../core/formats/csv.ts';
import { parseImportFile } from '../../core/formats/importFile.ts';
import { toProjectJson } from '../../core/formats/projectJson.ts';
import { FIXTURE_PROJECT, FIXTURE_V1_PROJECT } from '../../core/formats/testFixtures.ts';
import { toTimelineJs } from '../../core/formats/timelineJs.ts';
import { collectAnswers } from './openClient.ts';
import { importAnswers, storedAnswers } from './openJob.ts';
import type { OpenResponse } from './openProtocol.ts';

const project = FIXTURE_PROJECT;
const options = { now: '2026-12-01T10:00:00.000Z', fileName: 'almaty.json' };

/** What the page makes of the answers. */
function received(answers: readonly OpenResponse[]) {
  const collect = collectAnswers(7);
  const outcomes = answers.map((a) => collect.add(a));
  expect(outcomes.slice(0, -1).every((o) => o === null)).toBe(true);
  return outcomes.at(-1);
}

describe('importAnswers', () => {
  it('sends a native project as a head, pieces and done, nothing lost', () => {
    const answers = importAnswers(7, toProjectJson(project), options, 2);
    expect(answers[0]?.kind).toBe('head');
    expect(answers.filter((a) => a.kind === 'piece').length).toBeGreaterThanOrEqual(
      Math.ceil(project.events.length / 2),
    );
    const head = answers[0]?.kind === 'head' ? answers[0].head : null;
    expect(head?.events).toEqual([]);
    expect(received(answers)).toEqual({
      ok: true,
      project,
      importKind: 'datelines',
      revision: null,
    });
  });

  it('reads TimelineJS JSON and CSV as parseImportFile does', () => {
    for (const [text, fileName, kind] of [
      [JSON.stringify(toTimelineJs(project)), 'almaty.json', 'timelinejs'],
      [toCsv(project), 'almaty.csv', 'csv'],
    ] as const) {
      const direct = parseImportFile(text, { ...options, fileName });
      if (!direct.ok) throw new Error(JSON.stringify(direct.errors));
      expect(received(importAnswers(7, text, { ...options, fileName }, 3))).toEqual({
        ok: true,
        project: direct.value.project,
        importKind: kind,
        revision: null,
      });
    }
  });

  it('refuses a malformed file with the problems parseImportFile names', () => {
    const broken = importAnswers(7, '{"format": "datelines/2", "events": [', options);
    expect(broken).toHaveLength(1);
    expect(received(broken)).toMatchObject({
      ok: false,
      failure: { kind: 'invalid', errors: [{ path: '', message: /^not valid JSON/ }] },
    });
    const badStatus = JSON.stringify({
      ...JSON.parse(toProjectJson(project)),
      events: [{ ...project.events[0], status: 'someday' }],
    });
    const expected = parseImportFile(badStatus, options);
    expect(expected.ok).toBe(false);
    expect(received(importAnswers(7, badStatus, options))).toEqual({
      ok: false,
      failure: { kind: 'invalid', errors: expected.ok ? [] : expected.errors },
    });
  });
});

describe('storedAnswers', () => {
  it('sends a stored project with its revision', () => {
    const answers = storedAnswers(7, { revision: 12, document: project }, 1);
    expect(received(answers)).toEqual({ ok: true, project, importKind: null, revision: 12 });
  });

  it('upgrades an older stored format', () => {
    const v1 = FIXTURE_V1_PROJECT;
    const outcome = received(storedAnswers(7, { revision: 1, document: v1 }));
    expect(outcome).toMatchObject({ ok: true, project: { format: 'datelines/2', id: 'a' } });
  });

  it('says missing for no record, or a record that is not a project', () => {
    expect(received(storedAnswers(7, null))).toEqual({ ok: false, failure: { kind: 'missing' } });
    expect(received(storedAnswers(7, { revision: 1, document: { format: 'x' } }))).toEqual({
      ok: false,
      failure: { kind: 'missing' },
    });
  });
});
