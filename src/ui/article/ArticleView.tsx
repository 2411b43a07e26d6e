import { useMemo } from 'react';
import type { Article, TimelineEvent } from '../../core/model/index.ts';
import { passagesOf, segmentArticle } from '../../app/article/articleSegments.ts';
import { eventLabel } from '../eventWords.ts';
import { ArticleMark, passageKey } from './ArticleMark.tsx';
import './article.css';

export interface ArticleViewProps {
  article: Article;
  events: readonly TimelineEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The "Article" region: the text as written, each event's passages in `<mark>`s. */
export function ArticleView({ article, events, selectedId, onSelect }: ArticleViewProps) {
  const paragraphs = useMemo(
    () => segmentArticle(article.text, passagesOf(events, article.id, article.text.length)),
    [article, events],
  );
  // Element ids must not depend on what characters an event id holds.
  const descriptionIds = useMemo(
    () => new Map(events.map((event, index) => [event.id, `article-event-${index}`])),
    [events],
  );

  return (
    <section className="panel article-panel" aria-labelledby="article-heading">
      <h2 id="article-heading" className="panel-heading">
        Article
      </h2>
      <div className="article-text">
        {paragraphs.map((paragraph) => (
          <p key={paragraph.start}>
            {paragraph.segments.map((segment) =>
              segment.owner ? (
                <ArticleMark
                  key={segment.start}
                  segment={segment}
                  selectedId={selectedId}
                  describedBy={descriptionIds.get(segment.owner.eventId)}
                  onSelect={onSelect}
                />
              ) : (
                <span key={segment.start}>{segment.text}</span>
              ),
            )}
          </p>
        ))}
      </div>
      <div hidden>
        {events.map((event) => (
          <span key={event.id} id={descriptionIds.get(event.id)}>
            Passage for the event {eventLabel(event)}
          </span>
        ))}
      </div>
    </section>
  );
}

/** Focuses the mark where a source passage begins, scrolling it to the middle of the view. */
export function showPassage(eventId: string, sourceIndex: number): void {
  const key = CSS.escape(passageKey(eventId, sourceIndex));
  const mark = document.querySelector<HTMLElement>(`mark[data-passages~="${key}"]`);
  if (!mark) return;
  mark.focus({ preventScroll: true });
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
}
