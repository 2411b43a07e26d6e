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
import { deadlines } from './spans/deadlines.ts';
import { joinRanges } from './spans/joinRanges.ts';
import { openSpans } from './spans/openSpans.ts';
import { periodFromLength } from './spans/periodFromLength.ts';

/**
 * The event builder, in order. Each step takes the drafts of the one before.
 */
export const EVENT_STEPS: readonly EventStep[] = [
  findHappenings, // one draft per dated clause; starts from nothing
  joinRanges, // before heads: "between 1998 and 2001" is one happening with one quote
  findHeads, // noun or verb: what each draft is about (merging and titles need it)
  dateFromTimex, // calendar dates at the precision the text gives
  openSpans, // after dateFromTimex: "since March 4", "until at least mid-May", "so far this year"
  deadlines, // after the days it counts from are known: "must pay within ten days"
  clockTimesOnDay, // after dateFromTimex: a bare clock time needs the day under discussion
  clockLengths, // after clockTimesOnDay: "the two-hour rally" ends a happening with a clock time
  durationFromEvent, // after dateFromTimex: "for 15 days after the February 25 protest"
  periodFromLength, // after durationFromEvent, which reads "for 15 days": "a 90-day review"
  offsetFromEvent, // after every date read from the text: counts from the story's main event
  decideStatuses, // once all dates are known
  writeTitles, // before merging, which keeps the best-ranked title
  mergeMentions, // after titles and statuses
  inheritDates, // last: undated sentences continue merged, dated events
];
