import { describe, expect, it } from 'vitest';
import { safeParseProject, type Project } from '../../core/model/index.ts';
import { syntheticEvents } from '../bench/syntheticEvents.ts';
import { parseProjectInSlices } from './slicedParse.ts';

function archive(n: number): Project {
  const events = syntheticEvents(n, { seed: 3 });
  return {
    format: 'datelines/2',
    id: 'archive',
    title: 'Archive',
    createdAt: '2024-06-30T12:00:00.000Z',
    updatedAt: '2024-06-30T12:00:00.000Z',
    articles: [
      {
        id: 'synthetic',
        title: 'Archive',
        text: '',
        publishedOn: '2024-06-30',
        publishedOnGiven: true,
        language: 'en',
      },
    ],
    engine: [{ articleId: 'synthetic', publishedOn: '2024-06-30', events: events.slice(0, 500) }],
    edits: events.slice(500).map((event, i) => ({
      kind: 'add' as const,
      id: `add-${i}`,
      at: '2024-06-30T12:00:00.000Z',
      event,
    })),
    rejectedSuggestions: [],
    events,
    history: { past: [], future: [] },
  };
}

describe('parseProjectInSlices', () => {
  it('reads a long project exactly as checking it at once does', async () => {
    const stored = archive(1500);
    const atOnce = safeParseProject(stored);
    expect(atOnce.success).toBe(true);
    expect(await parseProjectInSlices(stored)).toEqual(atOnce.success && atOnce.data);
  });

  it('refuses a project with one bad event deep in its lists', async () => {
    const stored = archive(1200);
    const broken = {
      ...stored,
      events: stored.events.map((e, i) => (i === 900 ? { ...e, date: { start: 'soon' } } : e)),
    };
    expect(await parseProjectInSlices(broken)).toBeNull();
    const badEdit = { ...stored, edits: [...stored.edits, { kind: 'add', id: 'x' }] };
    expect(await parseProjectInSlices(badEdit)).toBeNull();
  });

  it('refuses what is not a project, and reads an older format as safeParseProject does', async () => {
    expect(await parseProjectInSlices(null)).toBeNull();
    expect(await parseProjectInSlices({ format: 'datelines/2', title: 3, events: [] })).toBeNull();
    const v1 = {
      format: 'datelines/1',
      id: 'old',
      title: 'Old',
      articles: archive(1).articles,
      events: [],
    };
    expect((await parseProjectInSlices(v1))?.format).toBe('datelines/2');
  });
});
