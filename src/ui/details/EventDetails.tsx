import type { TimelineEvent } from '../../core/model/index.ts';
import { describeEventDate } from '../../core/calendar/describeDate.ts';
import { STATUS_WORDS } from '../eventWords.ts';
import { DateDerivation } from './DateDerivation.tsx';
import './details.css';

export interface EventDetailsProps {
  event: TimelineEvent | undefined;
  /**
   * Scrolls to and focuses the passage of source `sourceIndex` in the article. Without it
   * (the reader view, which has no article) the quotes stand alone.
   */
  onShowInArticle?: (eventId: string, sourceIndex: number) => void;
}

/** The "Event details" region: what the selected event is, when, and the exact words behind it. */
export function EventDetails({ event, onShowInArticle }: EventDetailsProps) {
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
                <span className={`status-badge status-${event.status}`}>
                  {STATUS_WORDS[event.status]}
                </span>
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
              <li key={`${source.span.start}-${source.span.end}`}>
                <blockquote>{source.span.text}</blockquote>
                {onShowInArticle && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onShowInArticle(event.id, index)}
                  >
                    Show in article
                    {event.sources.length > 1 && (
                      <span className="visually-hidden">
                        {' '}
                        (passage {index + 1} of {event.sources.length})
                      </span>
                    )}
                  </button>
                )}
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
