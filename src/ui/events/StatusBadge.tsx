import type { EventStatus } from '../../core/model/index.ts';
import { STATUS_WORDS } from '../eventWords.ts';

/** An event's status as a badge ("Planned"), coloured by the status (see app.css). */
export function StatusBadge({ status }: { status: EventStatus }) {
  return <span className={`status-badge status-${status}`}>{STATUS_WORDS[status]}</span>;
}
