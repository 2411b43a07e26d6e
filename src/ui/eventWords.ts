import type { EventStatus, TimelineEvent } from '../core/model/index.ts';
import { describeEventDate } from '../core/calendar/describeDate.ts';

export const STATUS_WORDS: Record<EventStatus, string> = {
  happened: 'Happened',
  ongoing: 'Ongoing',
  planned: 'Planned',
};

/**
 * How an event is announced wherever it is a control: its title first (so people and
 * tests can find it by name), then its date in words, then "planned" when it has not happened.
 *
 * @example eventLabel(rally) // 'Rally in Almaty, 25 February 2012'
 */
export function eventLabel(event: TimelineEvent): string {
  const status = event.status === 'happened' ? '' : `, ${STATUS_WORDS[event.status].toLowerCase()}`;
  return `${event.title}, ${describeEventDate(event.date)}${status}`;
}
