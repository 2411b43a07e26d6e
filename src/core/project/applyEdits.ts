import type { EventDate, EventStatus, HandEdit, TimelineEvent } from '../model/index.ts';
import { findEventByPassage } from './passages.ts';
import { applyPatch } from './patch.ts';
import { mergeEvents } from './merge.ts';

/** How the engine had read an event, before any hand edit. */
export interface EngineView {
  title: string;
  date: Pick<EventDate, 'start' | 'end'>;
  status: EventStatus;
}

/** What the hand edits did to one event, for "set by hand" beside the engine's reading. */
export interface EventNote {
  /** The engine's reading; null for an event added by hand or brought back from an edit. */
  engine: EngineView | null;
  byHand: { title: boolean; date: boolean; status: boolean };
  addedByHand: boolean;
  mergedByHand: boolean;
}

export interface AppliedEdits {
  events: TimelineEvent[];
  /** By event id; events no edit touched have none. */
  notes: Record<string, EventNote>;
  /** Ids of edits that found nothing to apply to (a deleted passage, an event gone). */
  unapplied: string[];
}

function engineView(event: TimelineEvent): EngineView {
  const { start, end } = event.date;
  return { title: event.title, date: { start, ...(end ? { end } : {}) }, status: event.status };
}

const UNTOUCHED = { title: false, date: false, status: false };

/**
 * The events as shown: the engine's events with the hand edits applied in order. Each
 * edit finds its event by source passage, so edits survive a re-reading of the article
 * (a new publication date, a newer engine). A change whose event the engine no longer
 * finds brings back the event as it was edited; nothing a person set is lost.
 * Pure: the inputs are not mutated.
 *
 * @example applyEdits(engineEvents, [{ kind: 'delete', target: passageOf(e), ... }]).events
 * // engineEvents without e
 */
export function applyEdits(
  engineEvents: readonly TimelineEvent[],
  edits: readonly HandEdit[],
): AppliedEdits {
  const events = [...engineEvents];
  const notes: Record<string, EventNote> = {};
  const unapplied: string[] = [];
  const noteOf = (event: TimelineEvent): EventNote =>
    notes[event.id] ?? {
      engine: event.edited ? null : engineView(event),
      byHand: UNTOUCHED,
      addedByHand: false,
      mergedByHand: false,
    };

  for (const edit of edits) {
    switch (edit.kind) {
      case 'change': {
        const index = findEventByPassage(events, edit.target);
        const patch = edit.patch;
        const marks = {
          title: patch.title !== undefined,
          date: patch.start !== undefined || patch.end !== undefined,
          status: patch.status !== undefined,
        };
        if (index === -1) {
          // Brought back as it was edited; it has no engine reading to show beside it.
          const restored = { ...edit.fallback, edited: true };
          events.push(restored);
          notes[restored.id] = {
            engine: null,
            byHand: marks,
            addedByHand: false,
            mergedByHand: false,
          };
          break;
        }
        const before = events[index]!;
        const note = noteOf(before);
        const after = applyPatch(before, patch);
        events[index] = after;
        notes[after.id] = {
          ...note,
          byHand: {
            title: note.byHand.title || marks.title,
            date: note.byHand.date || marks.date,
            status: note.byHand.status || marks.status,
          },
        };
        break;
      }
      case 'delete': {
        const index = findEventByPassage(events, edit.target);
        if (index === -1) unapplied.push(edit.id);
        else {
          delete notes[events[index]!.id];
          events.splice(index, 1);
        }
        break;
      }
      case 'add': {
        const event = { ...edit.event, edited: true };
        events.push(event);
        notes[event.id] = {
          engine: null,
          byHand: UNTOUCHED,
          addedByHand: true,
          mergedByHand: false,
        };
        break;
      }
      case 'merge': {
        const indices: number[] = [];
        for (const target of edit.targets) {
          const index = findEventByPassage(events, target);
          if (index !== -1 && !indices.includes(index)) indices.push(index);
        }
        if (indices.length < 2) {
          unapplied.push(edit.id);
          break;
        }
        const parts = indices.map((i) => events[i]!);
        const merged = mergeEvents(parts);
        const note = noteOf(parts[0]!);
        for (const part of parts.slice(1)) delete notes[part.id];
        notes[merged.id] = { ...note, mergedByHand: true };
        // The merged event takes the first one's place; the others leave the list.
        events[indices[0]!] = merged;
        for (const i of indices.slice(1).sort((a, b) => b - a)) events.splice(i, 1);
        break;
      }
    }
  }
  return { events, notes, unapplied };
}
