import type { TimelineEvent } from '../core/model/index.ts';
import { describeEventDate } from '../core/calendar/describeDate.ts';
import { StatusBadge } from '../ui/events/StatusBadge.tsx';
import { DateDerivation } from '../ui/details/DateDerivation.tsx';
import '../ui/details/details.css';

/**
 * The reader's "Event details" region: the app's details panel without its editing
 * (which the app's EventDetails carries): title, date, status, the quotes, how the date
 * was worked out.
 */
export function ReaderDetails({ event }: { event: TimelineEvent | undefined }) {
  return (
    <section className="panel details-panel" aria-label="Event details">
      <p className="panel-eyebrow" aria-hidden="true">
        Event details
      </p>
      {event ? (
        <>
          <h2 className="details-title">{event.title}</h2>
          <dl className="details-facts">
            <div>
              <dt>When</dt>
              <dd className="details-date">{describeEventDate(event.date)}</dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>
                <StatusBadge status={event.status} />
              </dd>
            </div>
          </dl>
          <h3 className="details-subheading">
            {event.sources.length > 1
              ? `In the article (${event.sources.length} passages)`
              : 'In the article'}
          </h3>
          <ul className="details-quotes">
            {event.sources.map((source, index) => (
              <li key={`${source.documentId}-${source.span.start}-${source.span.end}-${index}`}>
                <blockquote>{source.span.text}</blockquote>
              </li>
            ))}
          </ul>
          <DateDerivation event={event} />
        </>
      ) : (
        <p className="panel-empty">Select an event on the timeline or in the list.</p>
      )}
    </section>
  );
}
