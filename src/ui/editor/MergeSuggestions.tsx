import type { TimelineEvent } from '../../core/model/index.ts';
import type { MergeSuggestion } from '../../core/project/suggestions.ts';
import { describeEventDate } from '../../core/calendar/describeDate.ts';
import './editor.css';

export interface MergeSuggestionsProps {
  suggestions: readonly MergeSuggestion[];
  events: readonly TimelineEvent[];
  onAccept: (key: string) => void;
  onReject: (key: string) => void;
}

/** "Same happening?": events told in two articles, offered for merging one pair at a time. */
export function MergeSuggestions({
  suggestions,
  events,
  onAccept,
  onReject,
}: MergeSuggestionsProps) {
  if (suggestions.length === 0) return null;
  const byId = new Map(events.map((e) => [e.id, e]));
  return (
    <section className="panel suggestions" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading" className="panel-heading">
        Same happening in two articles? <span className="panel-count">{suggestions.length}</span>
      </h2>
      <ul className="suggestion-list">
        {suggestions.map((s) => {
          const [a, b] = s.eventIds.map((id) => byId.get(id));
          if (!a || !b) return null;
          const name = `${a.title} / ${b.title}`;
          return (
            <li key={s.key}>
              <p className="suggestion-pair">
                <strong>{a.title}</strong> ({describeEventDate(a.date)}) and{' '}
                <strong>{b.title}</strong> ({describeEventDate(b.date)})
                {s.datesDiffer ? ' — their dates differ.' : '.'}
              </p>
              <div className="details-actions">
                <button
                  type="button"
                  aria-label={`Accept merge: ${name}`}
                  onClick={() => onAccept(s.key)}
                >
                  Accept merge
                </button>
                <button
                  type="button"
                  aria-label={`Reject merge: ${name}`}
                  onClick={() => onReject(s.key)}
                >
                  Not the same
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
