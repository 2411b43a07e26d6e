import { format, parseISO } from 'date-fns';
import type { ReaderArticle } from '../core/formats/readerLink.ts';

/** A link only for web addresses: a timeline's own data must never become a `javascript:` URL. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

export interface ReaderSourcesProps {
  articles: readonly ReaderArticle[];
  /** The timeline's title: an article of the same name is not named twice. */
  title: string;
}

/** Where the story comes from: each article's outlet, date and a link to it. */
export function ReaderSources({ articles, title }: ReaderSourcesProps) {
  return (
    <ul className="reader-sources" aria-label="Sources">
      {articles.map((article) => {
        const url = safeUrl(article.url);
        const named = article.title !== title && article.title !== '';
        const facts = [
          named ? article.title : null,
          article.outlet,
          format(parseISO(article.publishedOn), 'd MMMM yyyy'),
        ].filter(Boolean);
        return (
          <li key={article.id}>
            {facts.join(' · ')}
            {url && (
              <>
                {' · '}
                <a href={url} target="_blank" rel="noopener noreferrer">
                  Original article
                </a>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
