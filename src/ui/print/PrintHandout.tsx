import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
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

/** Up to this many events the handout is always on the page (hidden on screen). */
const ALWAYS_UP_TO = 300;

/**
 * Whether the page is being printed: the print media query, and the browser's
 * beforeprint/afterprint, which come just before it lays the page out for paper.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () => typeof window !== 'undefined' && window.matchMedia('print').matches,
  );
  useEffect(() => {
    const media = window.matchMedia('print');
    const onMedia = () => setPrinting(media.matches);
    // Drawn at once: the browser lays the page out for print right after this event.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(media.matches);
    media.addEventListener('change', onMedia);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      media.removeEventListener('change', onMedia);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/**
 * What Ctrl+P prints: the title, the sources and the events in date order with their
 * dates in words and quotes. Hidden on screen; in print it is all there is. A long
 * timeline's events are drawn only when printing: thousands of hidden quotes would
 * slow every change on screen.
 */
export function PrintHandout({ title, articles, events }: PrintHandoutProps) {
  const printing = usePrinting();
  const drawEvents = printing || events.length <= ALWAYS_UP_TO;
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
        {(drawEvents ? events : []).map((event) => (
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
