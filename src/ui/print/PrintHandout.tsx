import type { Article, TimelineEvent } from '../../core/model/index.ts';
import { describeEventDate, describePoint } from '../../core/calendar/describeDate.ts';
import { eventQuotes } from '../../core/formats/exportInput.ts';
import { STATUS_WORDS } from '../eventWords.ts';
import './print.css';

export interface PrintHandoutProps {
  title: string;
  articles: readonly Article[];
  /** In date order. */
  events: readonly TimelineEvent[];
}

/**
 * What Ctrl+P prints: the title, the sources and the events in date order with their
 * dates in words and quotes. Hidden on screen; in print it is all there is.
 */
export function PrintHandout({ title, articles, events }: PrintHandoutProps) {
  return (
    <div className="print-handout">
      <h1>{title}</h1>
      <section aria-label="Sources">
        <h2>Sources</h2>
        <ul>
          {articles.map((article) => {
            const by = [article.author, article.outlet].filter(Boolean).join(', ');
            const published = describePoint({
              value: article.publishedOn,
              precision: 'day',
              approximate: false,
            });
            return (
              <li key={article.id}>
                “{article.title}”{by ? `, ${by}` : ''}, published {published}
                {article.sourceUrl && /^https?:\/\//i.test(article.sourceUrl) && (
                  <span className="print-url"> · {article.sourceUrl}</span>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <h2>Events</h2>
      <ol aria-label="Events" className="print-events">
        {events.map((event) => (
          <li key={event.id}>
            <p className="print-date">
              {describeEventDate(event.date)}
              {event.status !== 'happened' && ` · ${STATUS_WORDS[event.status]}`}
            </p>
            <p className="print-title">{event.title}</p>
            {eventQuotes(event)
              .filter((quote) => quote.trim() !== '')
              .map((quote, i) => (
                <blockquote key={i}>“{quote}”</blockquote>
              ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
