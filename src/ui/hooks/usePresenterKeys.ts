import { useEffect } from 'react';

/** Keys typed into these go to the field, not to the presentation. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * In full screen (a class following along on a projector), ← and → step through the events
 * wherever the focus is, e.g. still on the "Full screen" button. The timeline region handles
 * its own keys first (and marks them handled), so a press never steps twice.
 */
export function usePresenterKeys(onStep: (direction: 1 | -1) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!document.fullscreenElement || event.defaultPrevented) return;
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const direction = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : null;
      if (direction === null) return;
      event.preventDefault();
      onStep(direction);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onStep]);
}
