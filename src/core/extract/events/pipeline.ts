import { clockLengths, clockTimesOnDay } from './clockTimes.ts';
import { dateFromTimex } from './dateFromTimex.ts';
import type { EventStep } from './draft.ts';
import { durationFromEvent } from './durationFromEvent.ts';
import { findHappenings } from './findHappenings.ts';
import { findHeads } from './findHeads.ts';
import { inheritDates } from './inheritDates.ts';
import { mergeMentions } from './mergeMentions.ts';
import { offsetFromEvent } from './offsetFromEvent.ts';
import { decideStatuses } from './status.ts';
import { writeTitles } from './titles.ts';

/**
 * The event builder, in order. Each step takes the drafts of the one before.
 */
export const EVENT_STEPS: readonly EventStep[] = [
  findHappenings, // one draft per dated clause; starts from nothing
  findHeads, // noun or verb: what each draft is about (merging and titles need it)
  dateFromTimex, // calendar dates at the precision the text gives
  clockTimesOnDay, // after dateFromTimex: a bare clock time needs the day under discussion
  clockLengths, // after clockTimesOnDay: "the two-hour rally" ends a happening with a clock time
  durationFromEvent, // after dateFromTimex: "for 15 days after the February 25 protest"
  offsetFromEvent, // after every date read from the text: counts from the story's main event
  decideStatuses, // once all dates are known
  writeTitles, // before merging, which keeps the best-ranked title
  mergeMentions, // after titles and statuses
  inheritDates, // last: undated sentences continue merged, dated events
];
