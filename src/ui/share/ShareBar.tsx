import { lazy, Suspense, useState } from 'react';
import type { Project, TimelineEvent } from '../../core/model/index.ts';
import { ExportMenu } from './ExportMenu.tsx';
import { ImportButton, type ImportMessage } from './ImportButton.tsx';
import type { ViewWindow } from './viewWindow.ts';
import './share.css';

const Presentation = lazy(() =>
  import('../present/Presentation.tsx').then((m) => ({ default: m.Presentation })),
);
const Quiz = lazy(() => import('../quiz/Quiz.tsx').then((m) => ({ default: m.Quiz })));

export interface ShareBarProps {
  title: string;
  /** In date order. */
  events: readonly TimelineEvent[];
  publishedOn: string;
  selectedId: string | null;
  getProject: () => Project;
  getViewWindow: () => ViewWindow;
  onSelect: (id: string) => void;
  onImport: (project: Project) => void;
  standaloneHtml?: (project: Project) => Promise<string> | string;
}

type Mode = 'idle' | 'present' | 'quiz';

/** The header's sharing tools: Present, Quiz, Export and Import. */
export function ShareBar(props: ShareBarProps) {
  const { title, events, publishedOn, selectedId, onSelect } = props;
  const [mode, setMode] = useState<Mode>('idle');
  const [message, setMessage] = useState<ImportMessage | null>(null);
  const [returnFocus, setReturnFocus] = useState<HTMLElement | null>(null);

  const start = (next: Mode, from: HTMLElement) => {
    setReturnFocus(from);
    if (next === 'present' && document.fullscreenEnabled && !document.fullscreenElement) {
      // Asked for here, in the click, where the browser allows it; refused is fine too.
      document.documentElement.requestFullscreen().catch(() => undefined);
    }
    setMode(next);
  };
  const leave = () => {
    setMode('idle');
    requestAnimationFrame(() => returnFocus?.focus());
  };
  const usable = events.filter((e) => !e.needsDate);

  return (
    <div className="share-bar">
      <div className="share-buttons" role="group" aria-label="Share">
        <button
          type="button"
          disabled={usable.length === 0}
          onClick={(e) => start('present', e.currentTarget)}
        >
          Present
        </button>
        <button
          type="button"
          disabled={usable.length < 2}
          onClick={(e) => start('quiz', e.currentTarget)}
        >
          Quiz
        </button>
        <ExportMenu
          getProject={props.getProject}
          getViewWindow={props.getViewWindow}
          standaloneHtml={props.standaloneHtml}
          onError={(text) => setMessage({ kind: 'error', text })}
        />
        <ImportButton onImport={props.onImport} onMessage={setMessage} />
      </div>
      {message && (
        <div
          className={`share-message is-${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{message.text}</p>
          <button type="button" onClick={() => setMessage(null)}>
            Dismiss
          </button>
        </div>
      )}
      <Suspense fallback={null}>
        {mode === 'present' && (
          <Presentation
            title={title}
            events={usable}
            publishedOn={publishedOn}
            startId={selectedId}
            onShow={onSelect}
            onLeave={leave}
          />
        )}
        {mode === 'quiz' && <Quiz events={usable} publishedOn={publishedOn} onLeave={leave} />}
      </Suspense>
    </div>
  );
}
