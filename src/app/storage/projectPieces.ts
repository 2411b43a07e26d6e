import type { Project } from '../../core/model/index.ts';

/** Which long list of a project a piece belongs to. */
export type PieceList = 'events' | 'edits' | { engine: number };

/** A project cut for sending: everything but its long lists, then the lists in pieces. */
export interface ProjectPieces {
  head: Project;
  pieces: { list: PieceList; items: unknown[] }[];
}

/**
 * Cuts a project into a head (its long lists emptied) and pieces of at most `size` items
 * of those lists, so each can be sent (structured-cloned) in a short task of its own.
 *
 * @example cutProject(project, 500).pieces[0] // { list: 'events', items: [...500 events] }
 */
export function cutProject(project: Project, size: number): ProjectPieces {
  const pieces: ProjectPieces['pieces'] = [];
  const cut = (list: PieceList, items: readonly unknown[]) => {
    for (let i = 0; i < items.length; i += size)
      pieces.push({ list, items: items.slice(i, i + size) });
  };
  cut('events', project.events);
  cut('edits', project.edits);
  project.engine.forEach((reading, i) => cut({ engine: i }, reading.events));
  return {
    head: {
      ...project,
      events: [],
      edits: [],
      engine: project.engine.map((r) => ({ ...r, events: [] })),
    },
    pieces,
  };
}

/** Puts a project cut by `cutProject` together again (pieces in the order they were cut). */
export function joinProject(
  head: Project,
  pieces: readonly { list: PieceList; items: unknown[] }[],
): Project {
  const project: Project = {
    ...head,
    events: [],
    edits: [],
    engine: head.engine.map((r) => ({ ...r, events: [] })),
  };
  for (const { list, items } of pieces) {
    const target: unknown[] =
      list === 'events'
        ? project.events
        : list === 'edits'
          ? project.edits
          : (project.engine[list.engine]?.events ?? []);
    for (const item of items) target.push(item);
  }
  return project;
}

/** How many items a project's long lists hold together. */
export function projectSize(project: Project): number {
  return (
    project.events.length +
    project.edits.length +
    project.engine.reduce((n, r) => n + r.events.length, 0)
  );
}
