import { addDays } from 'date-fns';
import { intervalOf, valueStart } from '../../calendar/interval.ts';
import type { EventStatus } from '../../model/index.ts';
import type { BuildContext, Draft, EventStep, StatusReader } from './draft.ts';

/** The publication day, from its first moment to the first moment after it. */
interface PublicationDay {
  dayStart: Date;
  dayEnd: Date;
}

function publicationDay(publishedOn: string): PublicationDay {
  const dayStart = valueStart(publishedOn);
  return { dayStart, dayEnd: addDays(dayStart, 1) };
}

/**
 * Whether a happening took place, is under way or is planned, as of the publication
 * date: a date after it, or a future verb ("will", "has been called for", "plans to"),
 * is planned; a span running through it, or a present verb on a period that holds it,
 * is ongoing; the rest happened.
 *
 * @example decideStatus(draftOn('2012-03-24', tense 'future'), publishedOn 2012-02-27) // 'planned'
 */
export function decideStatus(
  draft: Draft,
  context: BuildContext,
  publication: PublicationDay = publicationDay(context.article.publishedOn),
): EventStatus {
  return statusAgainst(draft, publication);
}

function statusAgainst(draft: Draft, publication: PublicationDay): EventStatus {
  if (!draft.start) return 'happened';
  const interval = intervalOf({ start: draft.start, end: draft.end });
  const { dayStart, dayEnd } = publication;
  if (interval.start >= dayEnd) return 'planned';
  const holdsToday = interval.start < dayEnd && interval.end > dayEnd;
  if (draft.tense === 'future')
    return holdsToday || interval.end > dayStart ? 'planned' : 'happened';
  if (holdsToday && (draft.end !== undefined || draft.tense === 'present')) return 'ongoing';
  return 'happened';
}

/**
 * {@link decideStatus} against one publication date, each draft worked out once: the
 * storyline asks again for the status of earlier drafts at every clock time and offset,
 * and drafts are never mutated, so an answer holds. One per extraction.
 */
export function createStatusReader(publishedOn: string): StatusReader {
  const publication = publicationDay(publishedOn);
  const decided = new WeakMap<Draft, EventStatus>();
  return (draft) => {
    if (draft.status) return draft.status;
    let status = decided.get(draft);
    if (status === undefined) {
      status = statusAgainst(draft, publication);
      decided.set(draft, status);
    }
    return status;
  };
}

/** Step: sets the status of every dated draft that has none yet. */
export const decideStatuses: EventStep = {
  name: 'decide-statuses',
  run(drafts, context): Draft[] {
    return drafts.map((d) => (d.start && !d.status ? { ...d, status: context.statusOf(d) } : d));
  },
};
