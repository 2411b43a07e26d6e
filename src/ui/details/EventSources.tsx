import type { Article, TimelineEvent } from '../../core/model/index.ts';
import { describeEventDate } from '../../core/calendar/describeDate.ts';
import { sourcesDisagree } from '../../core/project/disagreement.ts';
import { format, parseISO } from 'date-fns';

export interface EventSourcesProps {
  event: TimelineEvent;
  articles: readonly Article[];
  onShowInArticle: (eventId: string, sourceIndex: number) => void;
}

function articleMeta(article: Article | undefined): string {
  if (!article) return 'A removed article';
  const published = format(parseISO(article.publishedOn), 'd MMMM yyyy');
  return [article.title, article.outlet, `published ${published}`].filter(Boolean).join(' · ');
}

/**
 * The quotes behind an event, each with its article (title, outlet, publication date).
 * When the sources give dates that do not agree, "Sources disagree" and each source's
 * date beside its quote.
 */
export function EventSources({ event, articles, onShowInArticle }: EventSourcesProps) {
  const disagreeing = sourcesDisagree(event);
  const documents = new Set(event.sources.map((s) => s.documentId));
  const several = documents.size > 1;
  const count = event.sources.length;
  const heading = several
    ? `In ${documents.size} articles (${count} passages)`
    : count > 1
      ? `In the article (${count} passages)`
      : 'In the article';
  return (
    <>
      {disagreeing && (
        <div className="disagree-note" role="note">
          <strong>Sources disagree</strong> on when this happened: each source’s date is shown
          beside its quote.
        </div>
      )}
      <h3 className="details-subheading">{heading}</h3>
      <ul className="details-quotes">
        {event.sources.map((source, index) => {
          const article = articles.find((a) => a.id === source.documentId);
          return (
            <li key={`${source.documentId}:${source.span.start}-${source.span.end}`}>
              {disagreeing && (
                <p className="source-date">
                  {describeEventDate(disagreeing[index]?.date ?? event.date)}
                  <span className="visually-hidden"> according to this source</span>
                </p>
              )}
              <blockquote>{source.span.text}</blockquote>
              {(several || disagreeing) && <p className="source-meta">{articleMeta(article)}</p>}
              <button
                type="button"
                className="link-button"
                onClick={() => onShowInArticle(event.id, index)}
              >
                Show in article
                {count > 1 && (
                  <span className="visually-hidden">
                    {' '}
                    (passage {index + 1} of {count})
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
