import type { SourcesView } from '../../app/state/appState.ts';
import type { HistoryEntry } from '../../core/model/index.ts';
import './editor.css';

export interface EditorBarProps {
  undoStep: HistoryEntry | undefined;
  redoStep: HistoryEntry | undefined;
  /** What the last undo or redo did, announced. */
  notice: string | null;
  articleCount: number;
  sourcesView: SourcesView;
  onUndo: () => void;
  onRedo: () => void;
  onSourcesView: (view: SourcesView) => void;
}

/** Undo, Redo (also Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y) and how sources are drawn. */
export function EditorBar(props: EditorBarProps) {
  const { undoStep, redoStep } = props;
  return (
    <div className="editor-bar">
      <div className="editor-history" role="group" aria-label="Edit history">
        <button
          type="button"
          onClick={props.onUndo}
          disabled={!undoStep}
          aria-keyshortcuts="Control+Z Meta+Z"
          title={undoStep ? `Undo: ${undoStep.label} (Ctrl+Z)` : 'Nothing to undo'}
        >
          Undo
        </button>
        <button
          type="button"
          onClick={props.onRedo}
          disabled={!redoStep}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
          title={redoStep ? `Redo: ${redoStep.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        >
          Redo
        </button>
        <p className="editor-notice" aria-live="polite">
          {props.notice ?? ''}
        </p>
      </div>
      {props.articleCount > 1 && (
        <fieldset className="sources-view">
          <legend>Sources on the timeline</legend>
          {(['together', 'separate'] as const).map((view) => (
            <label key={view}>
              <input
                type="radio"
                name="sources-view"
                value={view}
                checked={props.sourcesView === view}
                onChange={() => props.onSourcesView(view)}
              />
              {view === 'together' ? 'Together' : 'One row per article'}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
