import { describe, expect, it } from 'vitest';
import { projectOfArticle } from '../../core/formats/exportInput.ts';
import { FIXTURE_ARTICLE, FIXTURE_EVENTS } from '../../core/formats/testFixtures.ts';
import { answersFor, type OpenResponse } from './openProtocol.ts';
import { BrokenOpenWorker, FakeOpenWorker } from './fakeOpenWorker.ts';
import { collectAnswers, openInWorker } from './openClient.ts';

const project = projectOfArticle(FIXTURE_ARTICLE, FIXTURE_EVENTS, 'Almaty', '2026-11-30T09:00:00Z');

describe('collectAnswers', () => {
  it('puts the pieces back in order and answers only at done', () => {
    const answers = answersFor(3, project, { importKind: null, revision: 2 }, 1);
    const stray: OpenResponse = {
      id: 4,
      kind: 'piece',
      list: 'events',
      items: [...FIXTURE_EVENTS],
    };
    const collect = collectAnswers(3);
    // Another open's answer, among this one's, is not mixed in.
    const early = [stray, ...answers.slice(0, -1)].map((a) => collect.add(a));
    expect(early.every((o) => o === null)).toBe(true);
    expect(collect.add(answers.at(-1)!)).toEqual({
      ok: true,
      project,
      importKind: null,
      revision: 2,
    });
  });

  it('passes a failure on', () => {
    const collect = collectAnswers(1);
    const failure = { kind: 'invalid' as const, errors: [{ path: 'title', message: 'required' }] };
    expect(collect.add({ id: 1, kind: 'done', ok: false, failure })).toEqual({
      ok: false,
      failure,
    });
  });
});

describe('openInWorker', () => {
  it('opens a file in the worker and stops the worker once it has answered', async () => {
    const worker = new FakeOpenWorker();
    const file = new File([JSON.stringify(project)], 'almaty.json');
    const opened = await openInWorker(
      { kind: 'file', file, fileName: 'almaty.json', now: '2026-12-01T10:00:00Z' },
      () => worker,
    );
    expect(opened).toEqual({ ok: true, project, importKind: 'datelines', revision: null });
    expect(worker.requests[0]).toMatchObject({ kind: 'file', fileName: 'almaty.json' });
    expect(worker.terminated).toBe(true);
  });

  it('opens a stored timeline with its revision', async () => {
    const worker = new FakeOpenWorker({ saved: { revision: 5, document: project } });
    const opened = await openInWorker({ kind: 'stored', timelineId: 'saved' }, () => worker);
    expect(opened).toEqual({ ok: true, project, importKind: null, revision: 5 });
  });

  it('rejects when the worker cannot start or stops', async () => {
    await expect(
      openInWorker({ kind: 'stored', timelineId: 'x' }, () => {
        throw new Error('no workers here');
      }),
    ).rejects.toThrow('Could not start the reader: no workers here');
    const broken = new BrokenOpenWorker();
    await expect(openInWorker({ kind: 'stored', timelineId: 'x' }, () => broken)).rejects.toThrow(
      'boom',
    );
    expect(broken.terminated).toBe(true);
  });
});
