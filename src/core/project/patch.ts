import type { EventDate, EventPatch, TimelineEvent } from '../model/index.ts';
import { describeEventDate } from '../calendar/describeDate.ts';

/**
 * An event with a hand patch applied. A new date gets a derivation that says it was set
 * by hand; the input is not mutated.
 *
 * @example applyPatch(event, { title: 'Rally' }).title // 'Rally'
 */
export function applyPatch(event: TimelineEvent, patch: EventPatch): TimelineEvent {
  const next: TimelineEvent = { ...event, edited: true };
  if (patch.title !== undefined) next.title = patch.title;
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.start !== undefined || patch.end !== undefined) {
    const start = patch.start ?? event.date.start;
    const end = patch.end === null ? undefined : (patch.end ?? event.date.end);
    const date: EventDate = {
      start,
      ...(end ? { end } : {}),
      derivation: {
        phrase: event.date.derivation.phrase,
        ...(event.date.derivation.span ? { span: event.date.derivation.span } : {}),
        reference: { kind: 'none', label: 'set by hand' },
        rule: 'set-by-hand',
        explanation: `Set by hand: ${describeEventDate({ start, end })}.`,
        inferred: false,
      },
    };
    next.date = date;
    delete next.needsDate;
  }
  return next;
}

/** Two patches as one: the later one's fields win. */
export function combinePatches(earlier: EventPatch, later: EventPatch): EventPatch {
  return { ...earlier, ...later };
}

/** The values of the edit form. */
export type EventFields = Required<Pick<EventPatch, 'title' | 'start' | 'status'>> & {
  end: EventPatch['end'];
};

function samePoint(
  a: EventPatch['start'] | null | undefined,
  b: EventPatch['start'] | null | undefined,
) {
  if (!a || !b) return !a && !b;
  return a.value === b.value && a.precision === b.precision && a.approximate === b.approximate;
}

/**
 * Only what the form changed, so that an untouched field keeps following the engine.
 *
 * @example patchBetween(event, { ...fieldsOf(event), title: 'Rally' }) // { title: 'Rally' }
 */
export function patchBetween(event: TimelineEvent, fields: EventFields): EventPatch {
  const patch: EventPatch = {};
  if (fields.title !== event.title) patch.title = fields.title;
  if (fields.status !== event.status) patch.status = fields.status;
  const dateChanged =
    !samePoint(fields.start, event.date.start) ||
    !samePoint(fields.end ?? null, event.date.end ?? null);
  if (dateChanged || event.needsDate) {
    patch.start = fields.start;
    patch.end = fields.end ?? null;
  }
  return patch;
}

export function isEmptyPatch(patch: EventPatch): boolean {
  return Object.keys(patch).length === 0;
}
