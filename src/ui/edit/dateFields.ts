import type { DatePoint, EventStatus, TimelineEvent } from '../../core/model/index.ts';
import { isCalendarDay } from '../../app/state/publicationDate.ts';
import type { EventFields } from '../../core/project/patch.ts';

/** The precisions the form offers; an engine reading such as "week" is offered as it is. */
export const FORM_PRECISIONS: { value: DatePoint['precision']; label: string }[] = [
  { value: 'year', label: 'Year' },
  { value: 'month', label: 'Month' },
  { value: 'day', label: 'Day' },
  { value: 'minute', label: 'Time of day' },
];

/** What the edit form holds, as typed. */
export interface EditFormValues {
  title: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  precision: DatePoint['precision'];
  approximate: boolean;
  status: EventStatus;
}

/** `2012-02` → `2012-02-01`: what a date input shows for a coarser point. */
function dayOf(point: DatePoint | undefined): string {
  if (!point) return '';
  const v = point.value;
  if (v.length === 4) return `${v}-01-01`;
  if (v.length === 7) return `${v}-01`;
  return v.slice(0, 10);
}

function timeOf(point: DatePoint | undefined): string {
  return point && point.value.length > 10 ? point.value.slice(11, 16) : '';
}

/** The form filled from an event. */
export function formValuesOf(event: TimelineEvent): EditFormValues {
  const { start, end } = event.date;
  return {
    title: event.title,
    startDate: event.needsDate ? '' : dayOf(start),
    startTime: timeOf(start),
    endDate: dayOf(end),
    endTime: timeOf(end),
    precision: event.needsDate ? 'day' : start.precision,
    approximate: start.approximate,
    status: event.status,
  };
}

export type FormCheck =
  | { ok: true; fields: EventFields }
  | { ok: false; errors: Partial<Record<'title' | 'startDate' | 'endDate', string>> };

function pointOf(
  day: string,
  time: string,
  precision: DatePoint['precision'],
  approximate: boolean,
): DatePoint {
  switch (precision) {
    case 'year':
    case 'decade':
    case 'century':
      return { value: day.slice(0, 4), precision, approximate };
    case 'month':
    case 'quarter':
    case 'season':
      return { value: day.slice(0, 7), precision, approximate };
    case 'minute':
      return time
        ? { value: `${day}T${time}`, precision, approximate }
        : { value: day, precision: 'day', approximate };
    default:
      return { value: day, precision, approximate };
  }
}

/**
 * Checks the form and turns it into event fields; each problem is named by its field.
 *
 * @example checkForm({ ...values, startDate: '' }) // { ok: false, errors: { startDate: 'Enter a start date …' } }
 */
export function checkForm(values: EditFormValues): FormCheck {
  const errors: Partial<Record<'title' | 'startDate' | 'endDate', string>> = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Give the event a title.';
  if (!isCalendarDay(values.startDate))
    errors.startDate = 'Enter a start date as a full day (YYYY-MM-DD).';
  if (values.endDate && !isCalendarDay(values.endDate))
    errors.endDate = 'Enter the end as a full day (YYYY-MM-DD), or leave it empty.';
  const startKey = `${values.startDate}T${values.precision === 'minute' ? values.startTime || '00:00' : '00:00'}`;
  const endKey = `${values.endDate}T${values.precision === 'minute' ? values.endTime || '23:59' : '23:59'}`;
  if (!errors.startDate && !errors.endDate && values.endDate && endKey < startKey)
    errors.endDate = 'The end cannot come before the start.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const start = pointOf(values.startDate, values.startTime, values.precision, values.approximate);
  const end = values.endDate
    ? pointOf(values.endDate, values.endTime, values.precision, values.approximate)
    : null;
  return {
    ok: true,
    fields: {
      title,
      start,
      end: end && end.value !== start.value ? end : null,
      status: values.status,
    },
  };
}
