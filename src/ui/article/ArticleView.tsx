import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Article, TimelineEvent } from '../../core/model/index.ts';
import { passagesOf } from '../../app/article/articleSegments.ts';
import { useAfterTask } from '../hooks/useAfterTask.ts';
import { ArticleText, WINDOW_FROM } from './ArticleText.tsx';
import { selectionOffsets } from './selectionOffsets.ts';
import './article.css';

export { showPassage } from './ArticleText.tsx';

export interface ArticleViewProps {
  article: Article;
  /** Every article of the timeline, to choose which one is shown. */
  articles: readonly Article[];
  events: readonly TimelineEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onShowArticle: (articleId: string) => void;
  /** Text selected in the article (offsets into its text) becomes an event. */
  onAddFromSelection: (articleId: string, start: number, end: number) => void;
}

/** The "Article" region: the text as written, each event's passages in `<mark>`s. */
export function ArticleView(props: ArticleViewProps) {
  const { article, articles, events, selectedId, onSelect } = props;
  const textRef = useRef<HTMLDivElement | null>(null);
  const setTextRoot = useCallback((element: HTMLDivElement | null) => {
    textRef.current = element;
  }, []);
  const [selected, setSelection] = useState<{ articleId: string; range: [number, number] } | null>(
    null,
  );
  // A selection belongs to the article it was made in.
  const selection = selected?.articleId === article.id ? selected.range : null;
  const articleId = article.id;
  // A long article (megabytes, thousands of passages) is drawn in a task after the editor
  // around it, not in the same one.
  const ready = useAfterTask(article.text.length > WINDOW_FROM);
  const passages = useMemo(
    () => (ready ? passagesOf(events, article.id, article.text.length) : []),
    [ready, article, events],
  );

  // The last words selected in this article; clicking the button must not lose them.
  useEffect(() => {
    const onChange = () => {
      const root = textRef.current;
      if (!root) return;
      const offsets = selectionOffsets(root, document.getSelection());
      if (offsets) setSelection({ articleId, range: offsets });
      else if (document.activeElement?.closest('.article-tools') === null) setSelection(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [articleId]);

  const chosen = selection ? article.text.slice(selection[0], selection[1]).trim() : '';

  return (
    <section className="panel article-panel" aria-labelledby="article-heading">
      <div className="article-head">
        <h2 id="article-heading" className="panel-heading">
          Article
        </h2>
        {articles.length > 1 && (
          <label className="article-switch">
            <span>Show article</span>
            <select value={article.id} onChange={(e) => props.onShowArticle(e.target.value)}>
              {articles.map((a, i) => (
                <option key={a.id} value={a.id}>
                  {i + 1}. {a.title}
                  {a.outlet ? ` (${a.outlet})` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {articles.length > 1 && <p className="article-source">{article.title}</p>}
      <div className="article-tools">
        <button
          type="button"
          disabled={!chosen}
          aria-describedby="selection-hint"
          onClick={() => {
            if (!selection) return;
            props.onAddFromSelection(article.id, selection[0], selection[1]);
            document.getSelection()?.removeAllRanges();
            setSelection(null);
          }}
        >
          Add event from selection
        </button>
        <span id="selection-hint" className="selection-hint">
          {chosen
            ? `Selected: “${chosen.length > 60 ? `${chosen.slice(0, 59)}…` : chosen}”`
            : 'Select words in the article to make an event of them.'}
        </span>
      </div>
      {ready ? (
        <ArticleText
          key={article.id}
          onRoot={setTextRoot}
          text={article.text}
          events={events}
          passages={passages}
          selectedId={selectedId}
          onSelect={onSelect}
        />
      ) : (
        <div className="article-text" />
      )}
    </section>
  );
}
