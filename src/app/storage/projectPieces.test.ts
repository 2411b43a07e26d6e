import { describe, expect, it } from 'vitest';
import type { Project } from '../../core/model/index.ts';
import { syntheticEvents } from '../bench/syntheticEvents.ts';
import { cutProject, joinProject, projectSize } from './projectPieces.ts';

const events = syntheticEvents(1234, { seed: 2 });
const project: Project = {
  format: 'datelines/2',
  id: 'p',
  title: 'P',
  createdAt: '2024-06-30T12:00:00.000Z',
  updatedAt: '2024-06-30T12:00:00.000Z',
  articles: [],
  engine: [
    { articleId: 'a', publishedOn: '2024-06-30', events: events.slice(0, 700) },
    { articleId: 'b', publishedOn: '2024-06-30', events: [] },
    { articleId: 'c', publishedOn: '2024-06-30', events: events.slice(700, 720) },
  ],
  edits: events.slice(720).map((event, i) => ({
    kind: 'add' as const,
    id: `e${i}`,
    at: '2024-06-30T12:00:00.000Z',
    event,
  })),
  rejectedSuggestions: ['x|y'],
  events,
  history: { past: [], future: [] },
};

describe('cutProject and joinProject', () => {
  it('cut a project into small pieces that join into the same project', () => {
    const { head, pieces } = cutProject(project, 300);
    expect(head.events).toEqual([]);
    expect(head.engine.map((r) => r.events.length)).toEqual([0, 0, 0]);
    expect(Math.max(...pieces.map((p) => p.items.length))).toBe(300);
    // What crosses to the worker is a copy: join copies made as structured clones are.
    const copied = structuredClone({ head, pieces });
    expect(joinProject(copied.head, copied.pieces)).toEqual(project);
    expect(projectSize(project)).toBe(1234 + 514 + 720);
  });

  it('leave a project without long lists whole in its head', () => {
    const small = { ...project, events: [], edits: [], engine: [] };
    const { head, pieces } = cutProject(small, 300);
    expect(pieces).toEqual([]);
    expect(joinProject(head, pieces)).toEqual(small);
  });
});
