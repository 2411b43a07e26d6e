import { format, parseISO } from 'date-fns';
import type { ReaderArticle } from '../core/formats/readerLink.ts';

/** A link only for web addresses: a timeline's own data must never become a `javascript:` URL. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** Where the story comes from: each article's outlet, date and a link to it. */
export function ReaderSources({ articles }: { articles: readonly ReaderArticle[] }) {
  return (
    <ul className="reader-sources" aria-label="Sources">
      {articles.map((article) => {
        const url = safeUrl(article.url);
        const words = [article.outlet, format(parseISO(article.publishedOn), 'd MMMM yyyy')]
          .filter(Boolean)
          .join(', ');
        return (
          <li key={article.id}>
            {url ? (
              <a href={url} target="_blank" rel="noopener noreferrer">
                {article.title}
              </a>
            ) : (
              <span>{article.title}</span>
            )}{' '}
            <span className="reader-source-meta">({words})</span>
          </li>
        );
      })}
    </ul>
  );
}
