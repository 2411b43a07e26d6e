import { startTransition, useEffect, useState } from 'react';

/** A part of the page waiting to be drawn; `release` lets it draw. */
interface Waiting {
  release: () => void;
}

/** The parts waiting, in the order they asked, and the one being drawn. */
const queue: Waiting[] = [];
let drawing: Waiting | null = null;

/** Lets the next waiting part draw, in a task of its own, once the one before is drawn. */
function next(): void {
  if (drawing) return;
  const part = queue.shift();
  if (!part) return;
  drawing = part;
  setTimeout(() => {
    if (drawing === part) part.release();
  }, 0);
}

function wait(release: () => void): Waiting {
  const part = { release };
  queue.push(part);
  next();
  return part;
}

/** The part is drawn, or gone before it was: the next one may come. */
function leave(part: Waiting): void {
  const at = queue.indexOf(part);
  if (at >= 0) queue.splice(at, 1);
  if (drawing === part) {
    drawing = null;
    next();
  }
}

/**
 * Whether a heavy part of the page may be drawn: at once when `defer` is false; when it is
 * true, not on the first render but from a later task, so that the part mounts in a task of
 * its own instead of lengthening the one that mounts the page around it. Deferred parts come
 * one at a time, each once the one before has been drawn (two released together would be
 * rendered together). Once true, stays true.
 *
 * @example const ready = useAfterTask(text.length > WINDOW_FROM) // false, then true a task later
 */
export function useAfterTask(defer: boolean): boolean {
  const [ready, setReady] = useState(!defer);
  useEffect(() => {
    if (ready) return;
    // In a transition: React renders the part a component at a time, yielding between them.
    const part = wait(() => startTransition(() => setReady(true)));
    // Runs once the part has been drawn (ready changed) or when it goes away.
    return () => leave(part);
  }, [ready]);
  return ready;
}
