import type { ReactNode } from 'react';
import type { Article } from '../../core/model/index.ts';
import { PublicationDateField } from './PublicationDateField.tsx';
import './header.css';

export interface AppHeaderProps {
  article: Article;
  dateInput: string;
  dateError: string | null;
  onDateChange: (input: string) => void;
  /** The Timelines / New timeline / Add article buttons. */
  toolbar?: ReactNode;
  /** Buttons for the whole timeline (Embed, Present, Quiz, Export, Import). */
  tools?: ReactNode;
}

/** A link only for web addresses: an article's own data must never become a `javascript:` URL. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

export function AppHeader({
  article,
  dateInput,
  dateError,
  onDateChange,
  toolbar,
  tools,
}: AppHeaderProps) {
  const source = safeUrl(article.sourceUrl);
  const byline = [article.author, article.outlet].filter(Boolean).join(' · ');
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <div className="brand-row">
          <h1 className="brand">Datelines</h1>
          <div className="header-tools">
            {toolbar}
            {tools}
          </div>
        </div>
        <div className="article-meta">
          <h2 className="article-title">{article.title}</h2>
          {byline && (
            <p className="byline">
              {byline}
              {source && (
                <>
                  {' · '}
                  <a href={source} rel="noreferrer noopener">
                    Original article
                  </a>
                </>
              )}
            </p>
          )}
        </div>
        {article.publishedOnGiven === false && (
          <p className="date-assumed" role="note">
            No publication date was given for this article: its dates are read against the day it
            was added. Set the real date to read them right.
          </p>
        )}
        <PublicationDateField
          input={dateInput}
          error={dateError}
          currentDate={article.publishedOn}
          onChange={onDateChange}
        />
      </div>
    </header>
  );
}
