import { useEffect, useEffectEvent, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { TimelineEvent } from '../../core/model/index.ts';
import { describeEventDate } from '../../core/calendar/describeDate.ts';
import { LazyTimelineCanvas } from '../timeline/LazyTimelineCanvas.tsx';
import type { TimelineControls } from '../timeline/useVisTimeline.ts';
import { markPlacement, moveItem, shuffleForQuiz } from './quizOrder.ts';
import './quiz.css';

export interface QuizProps {
  /** In date order: the answer. */
  events: readonly TimelineEvent[];
  publishedOn: string;
  onLeave: () => void;
  /** For tests and replays; `Math.random` by default. */
  random?: () => number;
}

/**
 * The class exercise: the events shuffled with their dates hidden, in a list named
 * "Quiz". Put them in order by dragging, with the Move up / Move down buttons, or from
 * the keyboard (↑/↓ move between events, Alt+↑/↓ move the event). "Reveal" shows the
 * dates, marks each event right or wrong and draws the true timeline.
 */
export function Quiz({ events, publishedOn, onLeave, random = Math.random }: QuizProps) {
  const [order, setOrder] = useState(() => shuffleForQuiz(events, random));
  const [revealed, setRevealed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [dragged, setDragged] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const controlsRef = useRef<TimelineControls | null>(null);
  const leave = useEffectEvent(onLeave);
  const marks = revealed ? markPlacement(order, events) : [];
  const score = marks.filter(Boolean).length;

  useEffect(() => {
    rootRef.current?.querySelector<HTMLElement>('li')?.focus();
    const app = document.getElementById('root');
    app?.setAttribute('inert', '');
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        leave();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      app?.removeAttribute('inert');
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  const focusItem = (index: number) =>
    requestAnimationFrame(() =>
      listRef.current?.querySelectorAll<HTMLElement>(':scope > li')[index]?.focus(),
    );

  function move(from: number, to: number, keepFocus = true) {
    if (revealed || to < 0 || to >= order.length || from === to) return;
    const item = order[from];
    setOrder(moveItem(order, from, to));
    if (item) setAnnouncement(`“${item.title}” moved to position ${to + 1} of ${order.length}.`);
    if (keepFocus) focusItem(to);
  }

  function onItemKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number) {
    if (event.target !== event.currentTarget) return; // keys on the item's own buttons
    const step = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    if (step !== 0) {
      event.preventDefault();
      if (event.altKey || event.ctrlKey) move(index, index + step);
      else focusItem(Math.max(0, Math.min(order.length - 1, index + step)));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const to = event.key === 'Home' ? 0 : order.length - 1;
      if (event.altKey || event.ctrlKey) move(index, to);
      else focusItem(to);
    }
  }

  function again() {
    setOrder(shuffleForQuiz(events, random));
    setRevealed(false);
    setAnnouncement('Shuffled again. The dates are hidden.');
    focusItem(0);
  }

  return createPortal(
    <div
      ref={rootRef}
      className="quiz"
      role="dialog"
      aria-modal="true"
      aria-labelledby="quiz-heading"
      aria-describedby="quiz-how"
    >
      <div className="quiz-bar">
        <h2 id="quiz-heading">Quiz</h2>
        <p id="quiz-how" className="quiz-how">
          Put the events in the order they happened: drag them, use the buttons, or focus one and
          press <kbd>Alt</kbd>+<kbd>↑</kbd> / <kbd>↓</kbd>.
        </p>
        <div className="quiz-buttons">
          {revealed ? (
            <button type="button" onClick={again}>
              Try again
            </button>
          ) : (
            <button
              type="button"
              className="quiz-reveal"
              onClick={() => {
                setRevealed(true);
                const right = markPlacement(order, events).filter(Boolean).length;
                setAnnouncement(`${right} of ${order.length} in the right place.`);
              }}
            >
              Reveal
            </button>
          )}
          <button type="button" onClick={onLeave}>
            Leave quiz
          </button>
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {revealed && (
        <p className="quiz-score">
          {score} of {order.length} in the right place
        </p>
      )}
      <ol ref={listRef} className="quiz-list" aria-label="Quiz">
        {order.map((event, index) => {
          const mark = marks[index];
          return (
            <li
              key={event.id}
              tabIndex={0}
              draggable={!revealed}
              className={[
                'quiz-item',
                dragged === event.id ? 'is-dragged' : '',
                mark === true ? 'is-right' : mark === false ? 'is-wrong' : '',
              ].join(' ')}
              data-event-id={event.id}
              onKeyDown={(e) => onItemKeyDown(e, index)}
              onDragStart={(e) => {
                setDragged(event.id);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', event.id);
              }}
              onDragEnd={() => setDragged(null)}
              onDragOver={(e) => {
                if (dragged !== null) e.preventDefault();
              }}
              onDrop={(e) => {
                e.preventDefault();
                const from = order.findIndex((item) => item.id === dragged);
                setDragged(null);
                if (from >= 0) move(from, index, false);
              }}
            >
              <span className="quiz-position" aria-hidden="true">
                {index + 1}
              </span>
              <span className="quiz-title">{event.title}</span>
              {revealed ? (
                <span className="quiz-answer">
                  <span className="quiz-date">{describeEventDate(event.date)}</span>
                  <span className="quiz-mark">{mark ? '✓ Right' : '✗ Wrong'}</span>
                </span>
              ) : (
                <span className="quiz-moves">
                  <button
                    type="button"
                    aria-label={`Move up: ${event.title}`}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1, false)}
                  >
                    ↑ Move up
                  </button>
                  <button
                    type="button"
                    aria-label={`Move down: ${event.title}`}
                    disabled={index === order.length - 1}
                    onClick={() => move(index, index + 1, false)}
                  >
                    ↓ Move down
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {revealed && (
        <section className="quiz-truth" aria-label="True timeline">
          <h3>The true timeline</h3>
          <LazyTimelineCanvas
            events={events}
            selectedId={null}
            publishedOn={publishedOn}
            onSelect={() => undefined}
            onWindowChange={() => undefined}
            controlsRef={controlsRef}
          />
        </section>
      )}
    </div>,
    document.body,
  );
}
